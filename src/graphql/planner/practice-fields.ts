import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { Loaders } from '../../context';
import { ByAuthorityArgs, MostAppliedRulingsArgs } from '../../practice/practice.args';
import {
  byAuthorityKey,
  byPeriodKey,
  mostAppliedKey,
  practicePart,
  type PracticeLoad,
} from '../../practice/practice.repository';
import { practiceKey, withoutAuthority, type PracticeQuery } from '../../practice/practice-query';
import type { StatementPart } from './combined-parts';
import { embedStatement } from './embedded-statement';
import { validArguments } from './field-compiler';
import type { StatementParameters } from './parameters';
import { fieldsOf, type Selection } from './selection';

/** The loader each practice load is read through. */
const LOADERS = {
  totals: 'practiceTotals',
  byPeriod: 'practiceByPeriod',
  byAuthority: 'practiceByAuthority',
  reasons: 'practiceReasons',
  mostAppliedRulings: 'practiceMostAppliedRulings',
} as const satisfies Record<PracticeLoad, keyof Loaders>;

const TOTALS_FIELDS = new Set(['decided', 'onMerits', 'reversed', 'reversalRate', 'reversalRateInterval', 'outcomes']);

interface LoadRequest {
  load: PracticeLoad;
  key: string;
}

/**
 * The loads a PracticeStats selection will ask, under the keys its resolvers build
 * (src/practice/practice.resolver.ts, authority-stats.resolver.ts); fields the planner does not
 * know (the page of cases) are left to their loaders.
 */
function loadsOf(query: PracticeQuery, selection: Selection): LoadRequest[] {
  const key = practiceKey(query);
  const loads: LoadRequest[] = [];
  const periods = (byAuthority: boolean, quarters: boolean) =>
    loads.push({ load: 'byPeriod', key: byPeriodKey(key, { byAuthority, quarters }) });
  for (const field of Object.values(selection)) {
    if (TOTALS_FIELDS.has(field.name) || field.name === 'cases') loads.push({ load: 'totals', key });
    if (field.name === 'byYear') periods(false, false);
    if (field.name === 'byQuarter') periods(false, true);
    if (field.name === 'reasons') loads.push({ load: 'reasons', key });
    if (field.name === 'mostAppliedRulings') {
      const args = validArguments(MostAppliedRulingsArgs, field);
      if (args) loads.push({ load: 'mostAppliedRulings', key: mostAppliedKey(key, args.first) });
    }
    if (field.name === 'byAuthority') loads.push(...byAuthorityLoads(query, field, periods));
  }
  return [...new Map(loads.map((load) => [JSON.stringify([load.load, load.key]), load])).values()];
}

function byAuthorityLoads(
  query: PracticeQuery,
  field: ResolveTree,
  periods: (byAuthority: boolean, quarters: boolean) => void,
): LoadRequest[] {
  const args = validArguments(ByAuthorityArgs, field);
  if (!args) return [];
  const loads: LoadRequest[] = [{ load: 'byAuthority', key: byAuthorityKey(practiceKey(query), args) }];
  // With an authority restriction, the resolver compares with the filter without it.
  if (query.authority !== null) loads.push({ load: 'totals', key: practiceKey(withoutAuthority(query)) });
  for (const inner of Object.values(fieldsOf(field))) {
    if (inner.name === 'byYear') periods(true, false);
    if (inner.name === 'byQuarter') periods(true, true);
  }
  return loads;
}

/** The practice statements a PracticeStats selection needs, each embedded as one part. */
export function practiceParts(
  query: PracticeQuery,
  selection: Selection,
  parameters: StatementParameters,
): StatementPart[] {
  return loadsOf(query, selection).map(({ load, key }) => {
    const part = practicePart(load, key);
    return {
      body: embedStatement(part.statement, part.parameters, part.columns, parameters),
      prime: (loaders, rows) => loaders[LOADERS[load]].prime(key, part.answer(rows as never) as never),
    };
  });
}
