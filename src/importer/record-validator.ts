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
const validators = Object.fromEntries(
  RECORD_KINDS.map((kind) => [kind, ajv.compile(RECORD_SCHEMAS[kind])]),
) as Record<RecordKind, ValidateFunction>;

// Free-text fields are checked for personal data; keys and codes are constrained by pattern.
const FREE_TEXT_FIELDS = ['title', 'summary', 'shortTitle', 'name', 'label', 'fullText', 'chapter'] as const;

function fieldOf(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
  if (error.keyword === 'required') return path ? `${path}.${error.params.missingProperty}` : error.params.missingProperty;
  if (error.keyword === 'additionalProperties') return path ? `${path}.${error.params.additionalProperty}` : error.params.additionalProperty;
  return path;
}

function describe(error: ErrorObject): { message: string; expected?: string } {
  switch (error.keyword) {
    case 'required':
      return { message: 'missing', expected: 'a value' };
    case 'additionalProperties':
      return { message: 'unknown field', expected: 'only the fields of the import contract (schema/import.schema.json)' };
    case 'enum':
      return { message: 'not an allowed value', expected: `one of ${(error.params.allowedValues as string[]).join(', ')}` };
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

export type ValidationResult =
  | { ok: true; record: ImportRecord }
  | { ok: false; problems: ImportProblem[] };

/**
 * Everything that can be checked on one line alone: JSON, shape (the JSON Schema), canonical
 * refs and numbers, real and non-future dates, date order and CPR-like text. The record comes
 * back with refs and numbers in canonical form, so later stages compare keys exactly.
 */
export function validateRecordLine(text: string, line: number, today = todayIso()): ValidationResult {
  const problems: ImportProblem[] = [];
  const problem = (field: string, message: string, expected?: string) => problems.push({ line, field, message, expected });

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
    problem('kind', kind === undefined ? 'missing' : `unknown kind ${JSON.stringify(kind)}`, `one of ${RECORD_KINDS.join(', ')}`);
    return { ok: false, problems };
  }
  const validate = validators[kind as RecordKind];
  if (!validate(value)) {
    for (const error of validate.errors ?? []) {
      const { message, expected } = describe(error);
      problem(fieldOf(error), message, expected);
    }
    return { ok: false, problems };
  }

  const record = value as ImportRecord & Record<string, unknown>;
  for (const field of FREE_TEXT_FIELDS) {
    const fieldValue = record[field];
    const cpr = typeof fieldValue === 'string' ? findCprLikeText(fieldValue) : undefined;
    if (cpr) problem(field, `contains text shaped like a CPR number (${cpr})`, 'no personal data');
  }
  const canonical = <T>(field: string, parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ReferenceFormatError)) throw error;
      problem(field, error.reason, error.expected);
      return undefined;
    }
  };
  // Calendar validity is the schema's "date" format; what is left is the clock.
  const notInFuture = (field: string, date: string) => {
    if (date > today) problem(field, `${date} is in the future`, `a date on or before ${today}`);
  };
  const refs = (field: string, list: string[] | undefined) =>
    list?.map((ref, index) => canonical(`${field}[${index}]`, () => parseParagraphRef(ref).canonical) ?? ref);
  const numbers = (field: string, list: string[] | undefined) =>
    list?.map((number, index) => canonical(`${field}[${index}]`, () => parseRulingNumber(number)) ?? number);

  switch (record.kind) {
    case 'paragraph':
      record.ref = canonical('ref', () => parseParagraphRef(record.ref).canonical) ?? record.ref;
      record.replaces = refs('replaces', record.replaces);
      if (record.validFrom && record.validTo && record.validTo < record.validFrom) {
        problem('validTo', `${record.validTo} is before validFrom ${record.validFrom}`, 'a date on or after validFrom');
      }
      if (record.replaces?.includes(record.ref)) problem('replaces', 'a paragraph cannot replace itself', 'other paragraphs');
      break;
    case 'lawVersion':
      notInFuture('documentDate', record.documentDate);
      if (record.endedOn && record.startDate && record.endedOn < record.startDate) {
        problem('endedOn', `${record.endedOn} is before startDate ${record.startDate}`, 'a date on or after startDate');
      }
      break;
    case 'ruling':
      record.number = canonical('number', () => parseRulingNumber(record.number)) ?? record.number;
      record.paragraphs = refs('paragraphs', record.paragraphs)!;
      record.cites = numbers('cites', record.cites);
      notInFuture('decidedOn', record.decidedOn);
      if (record.publishedOn && record.publishedOn < record.decidedOn) {
        problem('publishedOn', `${record.publishedOn} is before decidedOn ${record.decidedOn}`, 'a date on or after decidedOn');
      }
      if (record.cites?.includes(record.number)) problem('cites', 'a ruling cannot cite itself', 'other rulings');
      break;
    case 'consolidation':
      record.issued = numbers('issued', record.issued);
      record.repeals.forEach((repeal, index) => {
        repeal.ruling = canonical(`repeals[${index}].ruling`, () => parseRulingNumber(repeal.ruling)) ?? repeal.ruling;
      });
      notInFuture('decidedOn', record.decidedOn);
      for (const [index, repeal] of record.repeals.entries()) {
        if (record.issued?.includes(repeal.ruling)) {
          problem(`repeals[${index}].ruling`, `${repeal.ruling} is both issued and repealed by this consolidation`, 'distinct rulings');
        }
      }
      if (record.type === 'REPEAL' && record.issued?.length) problem('issued', 'a REPEAL issues no rulings', 'an empty list, or type MERGE or REWRITE');
      if (record.type !== 'REPEAL' && !record.issued?.length) problem('issued', `a ${record.type} issues at least one ruling`, 'one or more ruling numbers, or type REPEAL');
      break;
    case 'complaintCase':
      record.paragraphs = refs('paragraphs', record.paragraphs)!;
      record.applied = numbers('applied', record.applied);
      notInFuture('receivedOn', record.receivedOn);
      notInFuture('decidedOn', record.decidedOn);
      if (record.receivedOn > record.decidedOn) problem('receivedOn', `${record.receivedOn} is after decidedOn ${record.decidedOn}`, 'a date on or before decidedOn');
      break;
    default:
      break;
  }
  return problems.length ? { ok: false, problems } : { ok: true, record };
}
