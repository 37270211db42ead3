import type { ResolveTree } from 'graphql-parse-resolve-info';
import { renderFragment, type FragmentNarrowing } from '../../db/cypher-registry';
import { ALL_LAWS } from '../../complaint-case/practice-cell';
import type { Loaders } from '../../context';
import { ByAuthorityArgs, MostAppliedRulingsArgs } from '../../practice/practice.args';
import {
  byAuthorityKey,
  byPeriodKey,
  mostAppliedKey,
  practicePart,
  type PracticeLoad,
  type PracticePart,
} from '../../practice/practice.repository';
import { practiceKey, withoutAuthority, type PracticeQuery } from '../../practice/practice-query';
import { combineParts, type StatementPart } from './combined-parts';
import { collectRows, embedStatement, renameParameters } from './embedded-statement';
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
  const requests = loadsOf(query, selection).map((request) => ({
    ...request,
    part: practicePart(request.load, request.key),
  }));
  // Aggregations read from the same practice cells (totals, byYear and byAuthority of one
  // filter) read them once, as the bench's floor does, instead of once each
  // (practice/cell-groups.cypher, which says when the list is summed first).
  const byCells = new Map<string, PartRequest[]>();
  const parts: StatementPart[] = [];
  for (const request of requests) {
    if (request.part.cells)
      byCells.set(request.part.cells.criteria, [...(byCells.get(request.part.cells.criteria) ?? []), request]);
    else parts.push(ownPart(request, parameters));
  }
  for (const group of byCells.values()) {
    parts.push(group.length === 1 ? ownPart(group[0], parameters) : sharedCellsPart(group, parameters));
  }
  return parts;
}

type PartRequest = LoadRequest & { part: PracticePart };

const SUMMED: FragmentNarrowing = { parts: new Set(['cellsSummed']), properties: {} };
const AS_READ: FragmentNarrowing = { parts: new Set(), properties: {} };

/** The shared list of a filter's cells is summed over the areas for the national family only. */
function cellListNarrowing(part: PracticePart): FragmentNarrowing {
  const [filter] = part.parameters.filters as readonly { cellLaw?: string }[];
  return filter?.cellLaw === ALL_LAWS ? SUMMED : AS_READ;
}

function primeOf({ load, key, part }: PartRequest): StatementPart['prime'] {
  return (loaders, rows) => loaders[LOADERS[load]].prime(key, part.answer(rows as never) as never);
}

function ownPart(request: PartRequest, parameters: StatementParameters): StatementPart {
  const { part } = request;
  return { body: embedStatement(part.statement, part.parameters, part.columns, parameters), prime: primeOf(request) };
}

/**
 * Cell aggregations of one filter as one part: the head of their statements (the same text in
 * each, up to the join line) reads the cells once, then each statement's rest aggregates them
 * with its own filter row; the part's value is the list of their values.
 */
function sharedCellsPart(group: readonly PartRequest[], parameters: StatementParameters): StatementPart {
  const [first] = group;
  const cells = parameters.variable('cells');
  const aggregations = group.map((request) => ({
    body: [
      `CALL (${cells}) {`,
      `WITH ${parameters.add(request.part.parameters.filters)}[0] AS f`,
      `UNWIND ${cells} AS read`,
      'WITH f, read AS cell, read.size AS size',
      renameParameters(request.part.cells!.rest, request.part.parameters, parameters),
      '}',
      collectRows(request.part.columns),
    ].join('\n'),
    prime: primeOf(request),
  }));
  const combined = combineParts(aggregations, parameters, [cells]);
  const readCells = [
    'CALL () {',
    renameParameters(first.part.cells!.head, first.part.parameters, parameters),
    renderFragment('practice/cell-groups', { cells }, cellListNarrowing(first.part)),
    '}',
  ];
  return { body: [...readCells, combined.body].join('\n'), prime: combined.prime };
}
