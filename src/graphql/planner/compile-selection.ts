import type { Loaders } from '../../context';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { CompileContext, CompiledField, FieldCompiler, NodeKind } from './field-compiler';
import { NODE_KINDS } from './node-kinds';
import type { Selection } from './selection';

/** A column of the compiled statement: one field's value, and the values of nodes nested in it. */
export interface Column {
  name: string;
  /** Fields asked alike (aliases with equal arguments, predecessors and successors) share a column. */
  primes: CompiledField['prime'][];
  nested: { column: string; columns: Column[] }[];
}

export interface CompiledSelection {
  /** Clauses that add one column per compiled field to the rows of `scope`. */
  lines: string[];
  columns: Column[];
  /** The variables in scope after the clauses: `scope` and then every column added. */
  carried: string[];
}

/**
 * The selected fields of the node in `node` that the planner knows, each as a CALL subquery
 * that adds its column; fields it does not know, or whose arguments their resolver will
 * refuse, are left out and resolve through their DataLoaders as before.
 */
export function compileSelection(
  kind: NodeKind,
  node: string,
  selection: Selection,
  scope: readonly string[],
  context: CompileContext,
): CompiledSelection {
  const { parameters } = context;
  const lines: string[] = [];
  const columns: Column[] = [];
  const carried = [...scope];
  const byBody = new Map<string, Column>();
  const addColumn = (subquery: string[], name: string) => {
    lines.push(...subquery, `WITH ${[...carried, `value AS ${name}`].join(', ')}`);
    carried.push(name);
  };
  for (const field of Object.values(selection)) {
    const compiled = compileField(NODE_KINDS[kind].fields[field.name], field, node, context);
    if (!compiled) continue;
    let column = byBody.get(compiled.body);
    if (!column) {
      column = { name: parameters.variable('f'), primes: [], nested: [] };
      addColumn([`CALL (${node}) {`, compiled.body, '}'], column.name);
      byBody.set(compiled.body, column);
      columns.push(column);
    }
    column.primes.push(compiled.prime);
    const nested = compiled.nested && compileNested(compiled.nested, column.name, context);
    if (nested) {
      addColumn(nested.lines, nested.column);
      column.nested.push({ column: nested.column, columns: nested.columns });
    }
  }
  return { lines, columns, carried };
}

/**
 * A field whose arguments its resolver will refuse (a malformed cursor) is left to the
 * resolver, which reports the error at the field's path, as without the planner.
 */
function compileField(
  compiler: FieldCompiler | undefined,
  field: ResolveTree,
  node: string,
  context: CompileContext,
): CompiledField | null {
  try {
    return compiler?.(field, node, context) ?? null;
  } catch {
    return null;
  }
}

/**
 * The nodes inside a field's value (a lineage step's ruling) with their own compiled fields:
 * one subquery that yields, per distinct node, a map of its key and its columns.
 */
function compileNested(
  nested: NonNullable<CompiledField['nested']>,
  valueColumn: string,
  context: CompileContext,
): { lines: string[]; column: string; columns: Column[] } | null {
  const spec = NODE_KINDS[nested.kind];
  const { parameters } = context;
  const key = parameters.variable('k');
  const node = parameters.variable('x');
  // A nested node is never the operation's root.
  const inner = compileSelection(nested.kind, node, nested.selection, [key, node], { ...context, rootKey: null });
  if (inner.columns.length === 0) return null;
  const fields = inner.carried.slice(2).map((name) => `${name}: ${name}`);
  return {
    column: parameters.variable('n'),
    columns: inner.columns,
    lines: [
      `CALL (${valueColumn}) {`,
      `UNWIND ${nested.keysIn(valueColumn)} AS ${key}`,
      `WITH DISTINCT ${key}`,
      `MATCH (${node}:${spec.label} {${spec.keyProperty}: ${key}})`,
      ...inner.lines,
      `RETURN collect({${[`key: ${key}`, ...fields].join(', ')}}) AS value`,
      '}',
    ],
  };
}

/** Hands every column's value to the loaders its fields' resolvers read, nested nodes included. */
export function primeColumns(
  loaders: Loaders,
  columns: readonly Column[],
  row: Readonly<Record<string, unknown>>,
  parentKey: string,
): void {
  for (const column of columns) {
    for (const prime of column.primes) prime(loaders, parentKey, row[column.name]);
    for (const nested of column.nested) {
      for (const entry of row[nested.column] as Record<string, unknown>[]) {
        primeColumns(loaders, nested.columns, entry, entry.key as string);
      }
    }
  }
}
