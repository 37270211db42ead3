import { Rng } from './prng';
import type { Area, AuthorityRecord } from './records';
import { WeightedSampler } from './zipf';

/**
 * First-instance authorities: 98 synthetic municipalities (codes S001-S098, so they never clash
 * with the real codes 101-860) and three national bodies. Each has a reversal propensity, the
 * probability that Ankestyrelsen reverses one of its decisions on the merits. The spread mirrors
 * 2022: a few municipalities near 70 %, several under 25 %, about 30 % overall.
 */

export const MUNICIPALITY_COUNT = 98;
const TARGET_REVERSAL_RATE = 0.3;
const UDBETALING_DANMARK = MUNICIPALITY_COUNT;
const WORK_INJURY_BOARD = MUNICIPALITY_COUNT + 1;
const EMPLOYMENT_AGENCY = MUNICIPALITY_COUNT + 2;

export class AuthorityPanel {
  constructor(
    readonly records: readonly AuthorityRecord[],
    /** Per authority, in the order of `records`. */
    readonly propensity: Float64Array,
    private readonly municipalities: WeightedSampler,
  ) {}

  /** The authority a case of this area was decided by first: benefits go to national bodies. */
  pickFor(area: Area, rng: Rng): number {
    switch (area) {
      case 'work-injury':
        return WORK_INJURY_BOARD;
      case 'family-benefits':
      case 'pension':
        if (rng.chance(0.85)) return UDBETALING_DANMARK;
        break;
      case 'employment':
        if (rng.chance(0.1)) return EMPLOYMENT_AGENCY;
        break;
      default:
        break;
    }
    return this.municipalities.sample(rng);
  }
}

export function buildAuthorities(seed: number): AuthorityPanel {
  const rng = new Rng(seed, 'authorities');
  // Municipality sizes are roughly log-normal: one very large, many small.
  const volume = Array.from({ length: MUNICIPALITY_COUNT }, () => Math.exp(0.9 * rng.normal()));
  const propensity = new Float64Array(MUNICIPALITY_COUNT + 3);
  // Most municipalities sit close to the national rate; the outliers below make the spread.
  for (let i = 0; i < MUNICIPALITY_COUNT; i++)
    propensity[i] = Math.min(0.5, Math.max(0.2, TARGET_REVERSAL_RATE + 0.035 * rng.normal()));

  // The outliers are placed deliberately: left to chance, a 98-draw sample rarely shows them.
  // High ones go to mid-sized municipalities: enough cases for the rate to be seen, yet not
  // so many that they drag the national rate (a few high, several low roughly balance out).
  const bySize = Array.from({ length: MUNICIPALITY_COUNT }, (_, i) => i).sort((a, b) => volume[b] - volume[a] || a - b);
  const high = rng.shuffled(bySize.slice(20, 60)).slice(0, 3);
  const low = rng.shuffled(bySize.filter((i) => !high.includes(i))).slice(0, 8);
  for (const i of high) propensity[i] = 0.66 + 0.06 * rng.next();
  for (const i of low) propensity[i] = 0.12 + 0.1 * rng.next();

  propensity[UDBETALING_DANMARK] = 0.24;
  propensity[WORK_INJURY_BOARD] = 0.28;
  propensity[EMPLOYMENT_AGENCY] = 0.3;

  const records: AuthorityRecord[] = [];
  for (let i = 0; i < MUNICIPALITY_COUNT; i++) {
    const n = String(i + 1).padStart(3, '0');
    records.push({ kind: 'authority', code: `S${n}`, name: `Syntetisk kommune ${n}`, type: 'MUNICIPALITY' });
  }
  records.push({ kind: 'authority', code: 'S901', name: 'Syntetisk Udbetaling Danmark', type: 'UDBETALING_DANMARK' });
  records.push({ kind: 'authority', code: 'S902', name: 'Syntetisk arbejdsskademyndighed', type: 'OTHER' });
  records.push({ kind: 'authority', code: 'S903', name: 'Syntetisk beskæftigelsesmyndighed', type: 'OTHER' });
  return new AuthorityPanel(records, propensity, new WeightedSampler(volume));
}
