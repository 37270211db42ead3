/**
 * Facts of the reference seed (seed/reference) that several tests assert. The ten rulings under
 * ASL § 5 (arbejdsskadesikringsloven) repealed by the consolidations of 2019, newest first: the
 * order the API lists rulings of a paragraph in.
 */
export const ASL_5_RULINGS_REPEALED_IN_2019 = [
  '10-18',
  '35-14',
  '182-12',
  '183-12',
  '249-10',
  '250-10',
  'U-10-08',
  'U-13-01',
  'U-11-00',
  'U-16-00',
];
