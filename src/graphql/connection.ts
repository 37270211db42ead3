import { Field, ObjectType } from 'type-graphql';
import { BadUserInputError } from '../errors';

/**
 * Relay connections with keyset cursors: a cursor encodes the sort key of the last row seen,
 * so the next page starts strictly after it ("WHERE key > $after"), never with an offset.
 * Rows inserted or deleted meanwhile can therefore neither repeat nor skip a row already paged.
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'True when another page follows this one.' })
  hasNextPage: boolean;

  @Field({ description: 'True when a page comes before this one.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of the page; null on an empty page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the page, to pass as after for the next page; null on an empty page.' })
  endCursor: string | null;
}

/** Cursors are opaque to clients: base64url of the JSON sort key. */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity) return key;
  } catch {
    // Reported below.
  }
  throw new BadUserInputError('after: not a cursor this API issued', { field: 'after', expected: 'an endCursor or cursor from a previous page' });
}

export function pageSize(first: number | undefined | null): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be from 0 to ${MAX_PAGE_SIZE}, got ${size}`, { field: 'first', expected: `0 to ${MAX_PAGE_SIZE}` });
  }
  return size;
}

/**
 * Builds a page from rows fetched with LIMIT size + 1: the extra row only tells whether a
 * next page exists.
 */
export function toPage<Row, Node>(rows: Row[], size: number, keyOf: (row: Row) => readonly unknown[], nodeOf: (row: Row) => Node, afterGiven: boolean) {
  const visible = rows.slice(0, size);
  const edges = visible.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: nodeOf(row) }));
  const pageInfo: PageInfo = {
    hasNextPage: rows.length > size,
    hasPreviousPage: afterGiven,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  return { edges, pageInfo };
}

