import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { connectionPage, decodeCursor, encodeCursor, pageRequest, type CursorArgument } from '../graphql/connection';
import { Ruling } from '../ruling/ruling.type';
import { isIsoDate } from '../shared/iso-date';
import { ComplaintCaseConnection } from './complaint-case-connection.type';
import { ComplaintCase, type ComplaintCaseRecord } from './complaint-case.type';
import { ComplaintCasesArgs } from './complaint-cases.args';

/** The cursor of a case is its sort key, (decidedOn, id). */
export function casePosition(
  cursor: string | null,
  argument: CursorArgument,
): { decidedOn: string; id: string } | null {
  if (cursor === null) return null;
  const [decidedOn, id] = decodeCursor(cursor, 2, argument);
  if (!isIsoDate(decidedOn) || typeof id !== 'string') {
    throw new BadUserInputError(`${argument}: not a cursor this API issued`, {
      field: argument,
      expected: 'a cursor from a previous page',
    });
  }
  return { decidedOn, id };
}

export const cursorOfCase = (record: ComplaintCaseRecord) => encodeCursor([record.decidedOn, record.id]);

// A resolver class of its own on Ruling: type-graphql merges the field resolvers of every class
// for the same type, so this feature needs no edit of the ruling feature's files.
@Resolver(() => Ruling)
export class RulingComplaintCasesResolver {
  @FieldResolver(() => ComplaintCaseConnection, {
    description:
      'Complaint cases decided with this ruling applied, newest decision first (ties by case id); Relay keyset paging, forward (first/after) or backward (last/before).',
  })
  async complaintCases(
    @Root() ruling: Ruling,
    @Args() args: ComplaintCasesArgs,
    @Ctx() ctx: Context,
  ): Promise<ComplaintCaseConnection> {
    const request = pageRequest(args);
    const cursor = casePosition(request.cursor, request.cursorArgument);
    const page = await ctx.loaders.complaintCasesOfRuling.load({
      number: ruling.number,
      size: request.size,
      cursor,
      backward: request.backward,
    });
    return { ...connectionPage(page.cases, request, cursorOfCase, ComplaintCase.from), totalCount: page.totalCount };
  }
}
