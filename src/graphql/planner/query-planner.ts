import DataLoader from 'dataloader';
import { Kind, type GraphQLResolveInfo } from 'graphql';
import type { Loaders } from '../../context';
import { renderFragment } from '../../db/cypher-registry';
import type { Neo4jExecutor } from '../../db/executor';
import { compileSelection, primeColumns, type Column } from './compile-selection';
import type { NodeKind } from './field-compiler';
import { NODE_KINDS } from './node-kinds';
import { StatementParameters } from './parameters';
import { combineParts, type StatementPart } from './combined-parts';
import { lookupBody, type LookupTarget } from './embedded-statement';
import { practiceParts } from './practice-fields';
import type { PracticeQuery } from '../../practice/practice-query';
import { rootSelection } from './selection';
import { narrowingOf } from './narrowing';
import { operationFields } from './operation-fields';

/** One root's compiled statement, over $keys so that roots asked alike share it. */
interface Plan {
  kind: NodeKind;
  statement: string;
  parameters: Record<string, unknown>;
  recordColumn: string;
  columns: Column[];
}

interface Prefetch {
  plan: Plan;
  /** The statement and its parameters: roots with equal ones run as one statement. */
  group: string;
  key: string;
}

/**
 * The read API's query planner. A root field that returns one node (Query.ruling,
 * Query.paragraph) hands it its selection before it resolves; the planner compiles the node's
 * record and every selected field it knows, nested ones included, into one Cypher statement of
 * CALL subqueries, each a fragment of cypher/fragments/ (the same fragments the DataLoaders'
 * batch statements run per key), and puts each value into the DataLoader cache under the key
 * its field's resolver will ask. The resolvers then run unchanged (argument validation,
 * mapping, errors) and find their values there: one round trip instead of one per level.
 * Roots asked alike in one request (aliases of ruling(number:) with the same selection) are
 * batched into one statement, as their DataLoaders would batch them.
 */
export class QueryPlanner {
  private readonly prefetches: DataLoader<Prefetch, void, string>;

  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly loaders: Loaders,
    /** Off only for tests and the bench to compare with the per-field path (LoaderOptions.compile). */
    private readonly enabled: boolean,
  ) {
    this.prefetches = new DataLoader((requests) => this.run(requests), {
      cacheKeyFn: (request) => JSON.stringify([request.group, request.key]),
    });
  }

  async prefetch(kind: NodeKind, key: string, info: GraphQLResolveInfo): Promise<void> {
    if (!this.enabled) return;
    const plan = compileRoot(kind, key, info);
    // Nothing compiled below the record: the root's own loader reads it as cheaply.
    if (!plan) return;
    await this.prefetches.load({ plan, group: JSON.stringify([plan.statement, plan.parameters]), key });
  }

  /**
   * Before Query.practice resolves: its filter's targets (law, paragraph, authority, which the
   * resolver checks exist) and every selected aggregation, as one statement.
   */
  async prefetchPractice(query: PracticeQuery, info: GraphQLResolveInfo): Promise<void> {
    if (!this.enabled) return;
    const selection = rootSelection(info);
    if (!selection) return;
    const parameters = new StatementParameters();
    const lookups = practiceLookups(query, parameters);
    const aggregations = practiceParts(query, selection, parameters);
    if (aggregations.length === 0) return;
    const combined = combineParts([...lookups, ...aggregations], parameters);
    const [row] = await this.executor.query<{ value: unknown }>(combined.body, parameters.values);
    combined.prime(this.loaders, row.value);
  }

  private async run(requests: readonly Prefetch[]): Promise<void[]> {
    const groups = new Map<string, Prefetch[]>();
    for (const request of requests) groups.set(request.group, [...(groups.get(request.group) ?? []), request]);
    await Promise.all([...groups.values()].map((group) => this.runGroup(group)));
    return requests.map(() => undefined);
  }

  private async runGroup(group: readonly Prefetch[]): Promise<void> {
    const { plan } = group[0];
    const keys = [...new Set(group.map((request) => request.key))];
    const rows = await this.executor.query<Record<string, unknown>>(plan.statement, { ...plan.parameters, keys });
    const byKey = new Map(rows.map((row) => [row.key as string, row]));
    const spec = NODE_KINDS[plan.kind];
    for (const key of keys) {
      const row = byKey.get(key);
      spec.primeRecord(this.loaders, key, row ? row[plan.recordColumn] : null);
      if (row) primeColumns(this.loaders, plan.columns, row, key);
    }
  }
}

/** The lookups assertPracticeTargetsExist (src/practice/practice-targets.ts) makes, by the same loaders. */
function practiceLookups(query: PracticeQuery, parameters: StatementParameters): StatementPart[] {
  const lookup = (target: LookupTarget, key: string, prime: StatementPart['prime']): StatementPart => ({
    body: lookupBody(target, key, parameters),
    prime,
  });
  const parts: StatementPart[] = [];
  if (query.law !== null) {
    const law = query.law;
    const target = { label: 'Law', keyProperty: 'id', projection: 'projection/law' } as const;
    parts.push(lookup(target, law, (loaders, value) => loaders.lawById.prime(law, value as never)));
  }
  if (query.paragraph !== null) {
    const ref = query.paragraph;
    const target = { label: 'Paragraph', keyProperty: 'ref', projection: 'projection/paragraph' } as const;
    parts.push(lookup(target, ref, (loaders, value) => loaders.paragraphByRef.prime(ref, value as never)));
  }
  if (query.authority !== null) {
    const code = query.authority;
    const target = { label: 'Authority', keyProperty: 'code', projection: 'projection/authority' } as const;
    parts.push(lookup(target, code, (loaders, value) => loaders.authorityByCode.prime(code, value as never)));
  }
  return parts;
}

function soleRoot(info: GraphQLResolveInfo): boolean {
  const roots = info.operation.selectionSet.selections;
  return roots.length === 1 && roots[0].kind === Kind.FIELD;
}

function compileRoot(kind: NodeKind, key: string, info: GraphQLResolveInfo): Plan | null {
  const selection = rootSelection(info);
  if (!selection) return null;
  const spec = NODE_KINDS[kind];
  const parameters = new StatementParameters();
  const node = parameters.variable('n');
  const record = parameters.variable('f');
  // Fields that take the root's key as a value (Paragraph.practice) only for an operation with
  // this one root: with several, the loaders batch them over all roots into one statement,
  // where compiling would give each root a statement of its own.
  const narrowing = narrowingOf(operationFields(info));
  const compiled = compileSelection(kind, node, selection, ['key', node, record], {
    parameters,
    rootKey: soleRoot(info) ? key : null,
    narrowing,
  });
  if (compiled.columns.length === 0) return null;
  const statement = [
    'UNWIND $keys AS key',
    `MATCH (${node}:${spec.label} {${spec.keyProperty}: key})`,
    `CALL (${node}) {`,
    renderFragment(spec.record.fragment, { [spec.record.slot]: node }, narrowing),
    '}',
    `WITH key, ${node}, value AS ${record}`,
    ...compiled.lines,
    `RETURN ${['key', ...compiled.carried.slice(2)].join(', ')}`,
  ].join('\n');
  return { kind, statement, parameters: parameters.values, recordColumn: record, columns: compiled.columns };
}
