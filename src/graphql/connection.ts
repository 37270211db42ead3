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
  @Field({
    description: 'More rows follow this page (reading forward); when reading backward, true if before was given.',
  })
  hasNextPage: boolean;

  @Field({
    description: 'More rows precede this page (reading backward); when reading forward, true if after was given.',
  })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first edge; pass as before to read the page before.',
  })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge; pass as after to read the page after.',
  })
  endCursor: string | null;
}

/** Cursors are opaque to clients: base64url of the JSON sort key. */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number, argument: CursorArgument = 'after'): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity) return key;
  } catch {
    // Reported below.
  }
  throw new BadUserInputError(`${argument}: not a cursor this API issued`, {
    field: argument,
    expected: 'a cursor from a previous page',
  });
}

export function pageSize(first: number | undefined | null, argument: 'first' | 'last' = 'first'): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`${argument} must be from 0 to ${MAX_PAGE_SIZE}, got ${size}`, {
      field: argument,
      expected: `0 to ${MAX_PAGE_SIZE}`,
    });
  }
  return size;
}

export type CursorArgument = 'after' | 'before';

/** A page asked for with first/after (forward) or last/before (backward), checked. */
export interface PageRequest {
  size: number;
  backward: boolean;
  cursor: string | null;
  /** The argument the cursor came in, to name it in errors. */
  cursorArgument: CursorArgument;
}

export function pageRequest(args: {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}): PageRequest {
  const given = (value: unknown) => value !== undefined && value !== null;
  if (given(args.first) && given(args.last)) {
    throw new BadUserInputError('first and last: give one of them', {
      field: 'last',
      expected: 'first (with after) to read forward, or last (with before) to read backward',
    });
  }
  if (given(args.after) && given(args.before)) {
    throw new BadUserInputError('after and before: give one of them', {
      field: 'before',
      expected: 'after to read forward, or before to read backward',
    });
  }
  if ((given(args.last) && given(args.after)) || (given(args.first) && given(args.before))) {
    throw new BadUserInputError('first goes with after, last with before', {
      field: given(args.last) ? 'after' : 'before',
      expected: 'first/after or last/before',
    });
  }
  const backward = given(args.last) || given(args.before);
  if (backward) {
    return { size: pageSize(args.last, 'last'), backward, cursor: args.before ?? null, cursorArgument: 'before' };
  }
  return { size: pageSize(args.first), backward, cursor: args.after ?? null, cursorArgument: 'after' };
}

/**
 * A page from rows read with LIMIT size + 1 in the connection's order (forward) or its exact
 * reverse (backward): the extra row tells whether the list goes on in the direction read.
 */
export function connectionPage<Row, Node>(
  rows: Row[],
  request: PageRequest,
  cursorOf: (row: Row) => string,
  nodeOf: (row: Row) => Node,
) {
  const more = rows.length > request.size;
  const visible = rows.slice(0, request.size);
  if (request.backward) visible.reverse();
  const edges = visible.map((row) => ({ cursor: cursorOf(row), node: nodeOf(row) }));
  const pageInfo: PageInfo = {
    hasNextPage: request.backward ? request.cursor !== null : more,
    hasPreviousPage: request.backward ? more : request.cursor !== null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  return { edges, pageInfo };
}

/** The cursor of a request to a list whose sort key is all text (authorities, changes); null for an end page. */
export function textCursor(request: PageRequest, arity: number, list: string): string[] | null {
  if (request.cursor === null) return null;
  const key = decodeCursor(request.cursor, arity, request.cursorArgument);
  if (!key.every((part) => typeof part === 'string')) {
    throw new BadUserInputError(`${request.cursorArgument}: not a cursor of ${list}`, {
      field: request.cursorArgument,
      expected: 'a cursor from a previous page',
    });
  }
  return key as string[];
}
