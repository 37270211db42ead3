import { IsIn } from 'class-validator';
import { AREAS } from '../importer/import-schema';

/**
 * The one vocabulary of areas of law: the ids the import format accepts (AREAS in the import
 * schema) with their Danish labels. Every `area` argument is checked against it with IsArea, so
 * the API, the importer and the areas lookup can never disagree.
 */
export type AreaId = (typeof AREAS)[number];

export const AREA_LABELS: Record<AreaId, string> = {
  social: 'Socialområdet',
  children: 'Børn og unge',
  disability: 'Handicap',
  employment: 'Beskæftigelse',
  'work-injury': 'Arbejdsskade',
  'family-benefits': 'Familieydelser',
  pension: 'Pension',
  housing: 'Boligstøtte',
  'sickness-benefit': 'Sygedagpenge',
};

export const AREA_LIST = AREAS.join(', ');

/** class-validator check of an area argument, with an error that lists the accepted values. */
export function IsArea(): PropertyDecorator {
  return IsIn([...AREAS], {
    message: (args) => `${args.property} must be one of: ${AREA_LIST} (the areas query lists them with labels)`,
  });
}
