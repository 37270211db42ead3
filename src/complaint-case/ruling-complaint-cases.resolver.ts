import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { decodeCursor, pageSize, toPage } from '../graphql/connection';
import { Ruling } from '../ruling/ruling.type';
import { isIsoDate } from '../shared/iso-date';
import { ComplaintCaseConnection } from './complaint-case-connection.type';
import { casesOfRulingKey } from './complaint-case.repository';
import { ComplaintCase, type ComplaintCaseRecord } from './complaint-case.type';
import { ComplaintCasesArgs } from './complaint-cases.args';

/** The cursor of a case is its sort key, (decidedOn, id). */
export function afterKey(after: string | null | undefined): { decidedOn: string; id: string } | null {
  if (after === undefined || after === null) return null;
  const [decidedOn, id] = decodeCursor(after, 2);
  if (!isIsoDate(decidedOn) || typeof id !== 'string') {
    throw new BadUserInputError('after: not a cursor this API issued', { field: 'after', expected: 'an endCursor or cursor from a previous page' });
  }
  return { decidedOn, id };
}

export const keyOfCase = (record: ComplaintCaseRecord) => [record.decidedOn, record.id] as const;

// A resolver class of its own on Ruling: type-graphql merges the field resolvers of every class
// for the same type, so this feature needs no edit of the ruling feature's files.
@Resolver(() => Ruling)
export class RulingComplaintCasesResolver {
  @FieldResolver(() => ComplaintCaseConnection, {
    description: 'Complaint cases decided with this ruling applied, newest decision first (ties by case id); Relay keyset paging.',
  })
  async complaintCases(@Root() ruling: Ruling, @Args() { first, after }: ComplaintCasesArgs, @Ctx() ctx: Context): Promise<ComplaintCaseConnection> {
    const size = pageSize(first);
    const start = afterKey(after);
    const page = await ctx.loaders.complaintCasesOfRuling.load(casesOfRulingKey({ number: ruling.number, size, after: start }));
    return { ...toPage(page.cases, size, keyOfCase, ComplaintCase.from, start !== null), totalCount: page.totalCount };
  }
}
