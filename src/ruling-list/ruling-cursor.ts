import { BadUserInputError } from '../errors';
import { decodeCursor } from '../graphql/connection';
import { isIsoDate } from '../shared/iso-date';
import type { ListPosition, SearchPosition } from './ruling-list.repository';

// Cursors are [decidedOn, number] for rulings() and [score, number] for searchRulings(); a
// cursor of one list handed to the other is refused rather than misread.

function notOurs(list: string): never {
  throw new BadUserInputError(`after: not a cursor of ${list}`, { field: 'after', expected: `an endCursor or cursor from a previous page of ${list}` });
}

export function decodeListCursor(cursor: string): ListPosition {
  const [decidedOn, number] = decodeCursor(cursor, 2);
  if (!isIsoDate(decidedOn) || typeof number !== 'string') notOurs('rulings');
  return { decidedOn, number };
}

export function decodeSearchCursor(cursor: string): SearchPosition {
  const [score, number] = decodeCursor(cursor, 2);
  if (typeof score !== 'number' || !Number.isFinite(score) || typeof number !== 'string') notOurs('searchRulings');
  return { score, number };
}
