import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parseParagraphRef } from '../paragraph/paragraph-ref';
import { parseRulingNumber } from '../ruling/ruling-number';
import { isIsoDate, ISO_DATE_EXPECTED, todayIso } from '../shared/iso-date';
import { findCprLikeText } from '../shared/personal-data';
import { ReferenceFormatError } from '../shared/reference-format-error';
import type { ImportProblem } from './import-error';
import { RECORD_KINDS, RECORD_SCHEMAS, type ImportRecord, type RecordKind } from './import-schema';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
// JSON Schema's standard "date" format (RFC 3339 full-date), checked as a real calendar date.
ajv.addFormat('date', { type: 'string', validate: isIsoDate });
const validators = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, ajv.compile(RECORD_SCHEMAS[kind])])) as Record<
  RecordKind,
  ValidateFunction
>;

// Free-text fields are checked for personal data; keys and codes are constrained by pattern.
const FREE_TEXT_FIELDS = ['title', 'summary', 'shortTitle', 'name', 'label', 'fullText', 'chapter'] as const;

function fieldOf(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
  if (error.keyword === 'required')
    return path ? `${path}.${error.params.missingProperty}` : error.params.missingProperty;
  if (error.keyword === 'additionalProperties')
    return path ? `${path}.${error.params.additionalProperty}` : error.params.additionalProperty;
  return path;
}

function describe(error: ErrorObject): { message: string; expected?: string } {
  switch (error.keyword) {
    case 'required':
      return { message: 'missing', expected: 'a value' };
    case 'additionalProperties':
      return {
        message: 'unknown field',
        expected: 'only the fields of the import contract (schema/import.schema.json)',
      };
    case 'enum':
      return {
        message: 'not an allowed value',
        expected: `one of ${(error.params.allowedValues as string[]).join(', ')}`,
      };
    case 'format':
      return { message: 'not a calendar date', expected: ISO_DATE_EXPECTED };
    case 'pattern':
      return error.params.pattern === '^\\d{4}-\\d{2}-\\d{2}$'
        ? { message: 'not a date', expected: ISO_DATE_EXPECTED }
        : { message: 'has the wrong form', expected: `text matching ${error.params.pattern}` };
    default:
      return { message: error.message ?? 'invalid' };
  }
}

export type ValidationResult = { ok: true; record: ImportRecord } | { ok: false; problems: ImportProblem[] };

const stringOr = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const isList = (value: unknown): value is unknown[] => Array.isArray(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && isIsoDate(value);

/**
 * Everything that can be checked on one line alone: JSON, shape (the JSON Schema), canonical
 * refs and numbers, real and non-future dates, date order and CPR-like text. The record comes
 * back with refs and numbers in canonical form, so later stages compare keys exactly.
 *
 * Every problem of the line is listed at once, each field once: the checks beyond the schema
 * run even when the schema already failed (on the fields whose type is right), so a data
 * provider fixes a record in one round, and a field the schema refused (a date that is neither
 * YYYY-MM-DD nor a calendar date, say) is named once, by its first problem.
 */
export function validateRecordLine(text: string, line: number, today = todayIso()): ValidationResult {
  const problems: ImportProblem[] = [];
  const reported = new Set<string>();
  const problem = (field: string, message: string, expected?: string) => {
    if (reported.has(field)) return;
    reported.add(field);
    problems.push({ line, field, message, expected });
  };

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problem('', `not valid JSON (${(error as Error).message})`, 'one JSON object per line');
    return { ok: false, problems };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem('', 'not a JSON object', 'one JSON object per line');
    return { ok: false, problems };
  }
  const kind = (value as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !(RECORD_KINDS as string[]).includes(kind)) {
    problem(
      'kind',
      kind === undefined ? 'missing' : `unknown kind ${JSON.stringify(kind)}`,
      `one of ${RECORD_KINDS.join(', ')}`,
    );
    return { ok: false, problems };
  }
  const validate = validators[kind as RecordKind];
  if (!validate(value)) {
    for (const error of validate.errors ?? []) {
      const { message, expected } = describe(error);
      problem(fieldOf(error), message, expected);
    }
  }
  checkBeyondSchema(value as Record<string, unknown>, today, problem);
  return problems.length ? { ok: false, problems } : { ok: true, record: value as ImportRecord };
}

type Report = (field: string, message: string, expected?: string) => void;

/**
 * The checks a JSON Schema cannot express, on a record that may have failed the schema: each
 * looks only at values of the right type. Refs and numbers are put in canonical form in place.
 */
function checkBeyondSchema(record: Record<string, unknown>, today: string, problem: Report): void {
  for (const field of FREE_TEXT_FIELDS) {
    const fieldValue = record[field];
    const cpr = typeof fieldValue === 'string' ? findCprLikeText(fieldValue) : undefined;
    if (cpr) problem(field, `contains text shaped like a CPR number (${cpr})`, 'no personal data');
  }
  const canonical = (field: string, raw: unknown, parse: (text: string) => string): unknown => {
    if (typeof raw !== 'string') return raw;
    try {
      return parse(raw);
    } catch (error) {
      if (!(error instanceof ReferenceFormatError)) throw error;
      problem(field, error.reason, error.expected);
      return raw;
    }
  };
  const ref = (field: string, raw: unknown) => canonical(field, raw, (text) => parseParagraphRef(text).canonical);
  const number = (field: string, raw: unknown) => canonical(field, raw, parseRulingNumber);
  const refs = (field: string) => {
    const list = record[field];
    if (isList(list)) record[field] = list.map((item, index) => ref(`${field}[${index}]`, item));
  };
  const numbers = (field: string) => {
    const list = record[field];
    if (isList(list)) record[field] = list.map((item, index) => number(`${field}[${index}]`, item));
  };
  // Calendar validity is the schema's "date" format; what is left is the clock.
  const notInFuture = (field: string) => {
    const date = record[field];
    if (isDate(date) && date > today) problem(field, `${date} is in the future`, `a date on or before ${today}`);
  };
  const listHas = (field: string, item: unknown) =>
    isList(record[field]) && (record[field] as unknown[]).includes(item);

  switch (record.kind) {
    case 'paragraph':
      record.ref = ref('ref', record.ref);
      refs('replaces');
      if (isDate(record.validFrom) && isDate(record.validTo) && record.validTo < record.validFrom) {
        problem('validTo', `${record.validTo} is before validFrom ${record.validFrom}`, 'a date on or after validFrom');
      }
      if (typeof record.ref === 'string' && listHas('replaces', record.ref)) {
        problem('replaces', 'a paragraph cannot replace itself', 'other paragraphs');
      }
      break;
    case 'lawVersion':
      notInFuture('documentDate');
      if (
        typeof record.endedOn === 'string' &&
        typeof record.startDate === 'string' &&
        record.endedOn < record.startDate
      ) {
        problem('endedOn', `${record.endedOn} is before startDate ${record.startDate}`, 'a date on or after startDate');
      }
      break;
    case 'ruling':
      record.number = number('number', record.number);
      refs('paragraphs');
      numbers('cites');
      notInFuture('decidedOn');
      if (
        typeof record.publishedOn === 'string' &&
        typeof record.decidedOn === 'string' &&
        record.publishedOn < record.decidedOn
      ) {
        problem(
          'publishedOn',
          `${record.publishedOn} is before decidedOn ${record.decidedOn}`,
          'a date on or after decidedOn',
        );
      }
      if (typeof record.number === 'string' && listHas('cites', record.number)) {
        problem('cites', 'a ruling cannot cite itself', 'other rulings');
      }
      break;
    case 'consolidation':
      checkConsolidation(record, number, problem);
      notInFuture('decidedOn');
      break;
    case 'complaintCase':
      refs('paragraphs');
      numbers('applied');
      notInFuture('receivedOn');
      notInFuture('decidedOn');
      if (isDate(record.receivedOn) && isDate(record.decidedOn) && record.receivedOn > record.decidedOn) {
        problem(
          'receivedOn',
          `${record.receivedOn} is after decidedOn ${record.decidedOn}`,
          'a date on or before decidedOn',
        );
      }
      break;
    default:
      break;
  }
}

function checkConsolidation(
  record: Record<string, unknown>,
  number: (field: string, raw: unknown) => unknown,
  problem: Report,
): void {
  const issued = isList(record.issued)
    ? record.issued.map((item, index) => number(`issued[${index}]`, item))
    : undefined;
  if (issued) record.issued = issued;
  const repeals = isList(record.repeals) ? record.repeals : [];
  repeals.forEach((repeal, index) => {
    if (typeof repeal !== 'object' || repeal === null) return;
    const entry = repeal as Record<string, unknown>;
    const field = `repeals[${index}].ruling`;
    entry.ruling = number(field, entry.ruling);
    if (typeof entry.ruling === 'string' && issued?.includes(entry.ruling)) {
      problem(field, `${entry.ruling} is both issued and repealed by this consolidation`, 'distinct rulings');
    }
  });
  const type = stringOr(record.type);
  if (type === 'REPEAL' && issued?.length)
    problem('issued', 'a REPEAL issues no rulings', 'an empty list, or type MERGE or REWRITE');
  if ((type === 'MERGE' || type === 'REWRITE') && !issued?.length) {
    problem('issued', `a ${type} issues at least one ruling`, 'one or more ruling numbers, or type REPEAL');
  }
}
