import { BadUserInputError } from '../errors';
import { encodeCursor, type CursorArgument } from '../graphql/connection';
import { isIsoDate } from '../shared/iso-date';
import { DEFAULT_RULING_ORDER, RulingOrderField, RulingSearchOrder, type RulingOrder } from './ruling-order';

// A cursor holds the row's sort key in its list's order: [decidedOn, number] for rulings() by
// date, ['NUMBER', number] and ['TITLE', title, number] for the other orders of rulings(),
// ['RELEVANCE', score, standing, decidedOn, number] and ['NEWEST', decidedOn, number] for
// searchRulings(). A cursor of one list or order handed to another is refused, not misread.

/** A position in rulings(): the fields of its order that the cursor carries. */
export interface ListPosition {
  decidedOn?: string;
  title?: string;
  number: string;
}

/** A position in searchRulings(). */
export interface SearchPosition {
  score?: number;
  standing?: number;
  decidedOn?: string;
  number: string;
}

function notOurs(list: string, argument: CursorArgument): never {
  throw new BadUserInputError(`${argument}: not a cursor of ${list}`, {
    field: argument,
    expected: `a cursor from a previous page of ${list} in the same orderBy`,
  });
}

function parts(cursor: string, list: string, argument: CursorArgument): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key)) return key;
  } catch {
    // Reported below.
  }
  return notOurs(list, argument);
}

const isText = (value: unknown): value is string => typeof value === 'string';

export function encodeListCursor(order: RulingOrder, ruling: ListPosition): string {
  const values = listCursorValues(order, ruling);
  return encodeCursor(order.field === RulingOrderField.DECIDED_ON ? values : [order.field, ...values]);
}

export function decodeListCursor(
  cursor: string,
  order: RulingOrder = DEFAULT_RULING_ORDER,
  argument: CursorArgument = 'after',
): ListPosition {
  const key = parts(cursor, 'rulings', argument);
  if (order.field === RulingOrderField.NUMBER && key.length === 2 && key[0] === 'NUMBER' && isText(key[1]))
    return { number: key[1] };
  if (
    order.field === RulingOrderField.TITLE &&
    key.length === 3 &&
    key[0] === 'TITLE' &&
    isText(key[1]) &&
    isText(key[2])
  ) {
    return { title: key[1], number: key[2] };
  }
  if (order.field === RulingOrderField.DECIDED_ON && key.length === 2 && isIsoDate(key[0]) && isText(key[1])) {
    return { decidedOn: key[0], number: key[1] };
  }
  return notOurs('rulings', argument);
}

export function encodeSearchCursor(
  order: RulingSearchOrder,
  hit: { score: number; standing: number; ruling: { decidedOn: string; number: string } },
): string {
  return encodeCursor([order, ...searchCursorValues(order, { ...hit, ...hit.ruling })]);
}

export function decodeSearchCursor(
  cursor: string,
  order: RulingSearchOrder = RulingSearchOrder.RELEVANCE,
  argument: CursorArgument = 'after',
): SearchPosition {
  const key = parts(cursor, 'searchRulings', argument);
  if (
    order === RulingSearchOrder.NEWEST &&
    key.length === 3 &&
    key[0] === 'NEWEST' &&
    isIsoDate(key[1]) &&
    isText(key[2])
  ) {
    return { decidedOn: key[1], number: key[2] };
  }
  const [tag, score, standing, decidedOn, number] = key;
  if (
    order === RulingSearchOrder.RELEVANCE &&
    key.length === 5 &&
    tag === 'RELEVANCE' &&
    typeof score === 'number' &&
    Number.isFinite(score) &&
    Number.isInteger(standing) &&
    isIsoDate(decidedOn) &&
    isText(number)
  ) {
    return { score, standing: standing as number, decidedOn, number };
  }
  return notOurs('searchRulings', argument);
}

/** The cursor's values in the order of the sort keys, as the $cursor parameter. */
export function listCursorValues(order: RulingOrder, position: ListPosition): unknown[] {
  if (order.field === RulingOrderField.NUMBER) return [position.number];
  if (order.field === RulingOrderField.TITLE) return [position.title, position.number];
  return [position.decidedOn, position.number];
}

export function searchCursorValues(order: RulingSearchOrder, position: SearchPosition): unknown[] {
  if (order === RulingSearchOrder.NEWEST) return [position.decidedOn, position.number];
  return [position.score, position.standing, position.decidedOn, position.number];
}
