import DataLoader from 'dataloader';
import { Kind, type GraphQLResolveInfo } from 'graphql';
import type { Loaders } from '../../context';
import { renderFragment } from '../../db/cypher-registry';
import type { Neo4jExecutor } from '../../db/executor';
import { compileSelection, primeColumns, type Column } from './compile-selection';
import type { AttachedNodes } from './attached-nodes';
import type { NodeKind } from './field-compiler';
import { NODE_KINDS } from './node-kinds';
import { StatementParameters } from './parameters';
import { combineParts, type StatementPart } from './combined-parts';
import { lookupBody, type LookupTarget } from './embedded-statement';
import { practiceParts } from './practice-fields';
import type { PracticeQuery } from '../../practice/practice-query';
import { fieldsAt, rootSelection, rootTree, type Selection } from './selection';
import { narrowingOf } from './narrowing';
import { operationFields } from './operation-fields';

/** One root's compiled statement, over $keys so that roots asked alike share it. */
interface Plan {
  kind: NodeKind;
  /** The statement after its first line, which unwinds the keys (statementOver). */
  body: string;
  /** The columns it returns besides `key`. */
  returned: string[];
  parameters: Record<string, unknown>;
  /** The column of the node's own record, null where the root has already read the records. */
  recordColumn: string | null;
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
 * batched into one statement, as their DataLoaders would batch them. Lists of roots are
 * compiled over all their nodes: rulingsByNumbers before it loads (prefetchMany), the ruling
 * list and search inside their page's statement (attachNodes).
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
    await this.prefetches.load({ plan, group: JSON.stringify([plan.body, plan.parameters]), key });
  }

  /**
   * Before Query.rulingsByNumbers loads its records: the records and the selected fields of all
   * of them in one statement over their keys, where otherwise each field is a DataLoader batch
   * of its own, one round trip each.
   */
  async prefetchMany(kind: NodeKind, keys: readonly string[], info: GraphQLResolveInfo): Promise<void> {
    if (!this.enabled || keys.length === 0) return;
    const selection = rootSelection(info);
    if (!selection) return;
    const plan = compilePlan(kind, selection, info, { rootKey: null, record: true });
    if (plan) await this.runGroup(plan, [...new Set(keys)]);
  }

  /**
   * A list root's nodes, for the root to run in its own statement (collectedPage): the
   * selected fields of the nodes reached from the root along `path`. Null where none compiles
   * (or the planner is off): then the fields resolve through their loaders.
   */
  attachNodes(kind: NodeKind, info: GraphQLResolveInfo, path: readonly string[]): AttachedNodes | null {
    if (!this.enabled) return null;
    const tree = rootTree(info);
    if (!tree) return null;
    const plan = compilePlan(kind, fieldsAt(tree, path), info, { rootKey: null, record: false });
    if (!plan) return null;
    return {
      statement: (keys) => statementOver(plan, keys),
      columns: plan.returned,
      parameters: plan.parameters,
      prime: (rows) => {
        for (const row of rows) primeColumns(this.loaders, plan.columns, row, row.key as string);
      },
    };
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
    await Promise.all([...groups.values()].map((group) => this.runPrefetches(group)));
    return requests.map(() => undefined);
  }

  private async runPrefetches(group: readonly Prefetch[]): Promise<void> {
    await this.runGroup(group[0].plan, [...new Set(group.map((request) => request.key))]);
  }

  private async runGroup(plan: Plan, keys: readonly string[]): Promise<void> {
    const rows = await this.executor.query<Record<string, unknown>>(statementOver(plan, '$keys'), {
      ...plan.parameters,
      keys,
    });
    const byKey = new Map(rows.map((row) => [row.key as string, row]));
    const spec = NODE_KINDS[plan.kind];
    for (const key of keys) {
      const row = byKey.get(key);
      if (plan.recordColumn !== null) spec.primeRecord(this.loaders, key, row ? row[plan.recordColumn] : null);
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
  // Fields that take the root's key as a value (Paragraph.practice) only for an operation with
  // this one root: with several, the loaders batch them over all roots into one statement,
  // where compiling would give each root a statement of its own.
  return compilePlan(kind, selection, info, { rootKey: soleRoot(info) ? key : null, record: true });
}

/** The plan's statement over the keys in `keys`, a Cypher list: $keys, or a list of another statement. */
function statementOver(plan: Plan, keys: string): string {
  return [`UNWIND ${keys} AS key`, plan.body].join('\n');
}

/**
 * The statement that yields, per node of `kind` among the keys, its record (where `record`)
 * and a column per compiled field of `selection`; null where no field compiles.
 */
function compilePlan(
  kind: NodeKind,
  selection: Selection,
  info: GraphQLResolveInfo,
  { rootKey, record }: { rootKey: string | null; record: boolean },
): Plan | null {
  const spec = NODE_KINDS[kind];
  const parameters = new StatementParameters();
  const node = parameters.variable('n');
  const recordColumn = record ? parameters.variable('f') : null;
  const scope = recordColumn === null ? ['key', node] : ['key', node, recordColumn];
  const narrowing = narrowingOf(operationFields(info));
  const compiled = compileSelection(kind, node, selection, scope, { parameters, rootKey, narrowing });
  if (compiled.columns.length === 0) return null;
  const recordLines =
    recordColumn === null
      ? []
      : [
          `CALL (${node}) {`,
          renderFragment(spec.record.fragment, { [spec.record.slot]: node }, narrowing),
          '}',
          `WITH key, ${node}, value AS ${recordColumn}`,
        ];
  // After key and the node: the record's column, where there is one, and the fields'.
  const returned = compiled.carried.slice(2);
  const body = [
    `MATCH (${node}:${spec.label} {${spec.keyProperty}: key})`,
    ...recordLines,
    ...compiled.lines,
    `RETURN ${['key', ...returned].join(', ')}`,
  ].join('\n');
  return { kind, body, returned, parameters: parameters.values, recordColumn, columns: compiled.columns };
}
