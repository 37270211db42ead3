import { parseRulingNumber } from '../ruling/ruling-number';

/** A ruling as an import record; optional values left out rather than null, as the contract wants. */
export function rulingRecord(fields: {
  number: string;
  title: string;
  summary?: string | null;
  decidedOn: string;
  datePrecision?: string | null;
  area: string;
  eli?: string | null;
  paragraphs: string[];
  cites?: string[] | null;
}): Record<string, unknown> {
  return withoutNulls({
    kind: 'ruling',
    number: fields.number,
    title: fields.title,
    summary: fields.summary,
    decidedOn: fields.decidedOn,
    datePrecision: fields.datePrecision,
    area: fields.area,
    eli: fields.eli,
    paragraphs: fields.paragraphs,
    cites: fields.cites,
  });
}

/** Import records leave optional fields out; a null would be refused by the JSON Schema. */
export function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined));
}

/** For audit keys: the canonical number, or the text as given when it is no number (refused later). */
export function canonicalNumber(number: string): string {
  try {
    return parseRulingNumber(number);
  } catch {
    return number;
  }
}
