import type { Language } from '../i18n/language';

// The areas of law the API accepts (documented on RulingFilter.area). After the lookups are
// merged, `useAreas` asks `areas { id label }` instead; callers keep the same shape.
const AREAS: { id: string; da: string; en: string }[] = [
  { id: 'social', da: 'Social service', en: 'Social services' },
  { id: 'children', da: 'Børn og unge', en: 'Children' },
  { id: 'disability', da: 'Handicap', en: 'Disability' },
  { id: 'employment', da: 'Beskæftigelse', en: 'Employment' },
  { id: 'work-injury', da: 'Arbejdsskade', en: 'Work injury' },
  { id: 'family-benefits', da: 'Familieydelser', en: 'Family benefits' },
  { id: 'pension', da: 'Pension', en: 'Pension' },
  { id: 'housing', da: 'Boligstøtte', en: 'Housing' },
  { id: 'sickness-benefit', da: 'Sygedagpenge', en: 'Sickness benefit' },
];

export function useAreas(language: Language): { id: string; label: string }[] {
  return AREAS.map((area) => ({ id: area.id, label: area[language] }));
}
