import { validateSync } from 'class-validator';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { Loaders } from '../../context';
import { renderFragment, type FragmentNarrowing } from '../../db/cypher-registry';
import type { StatementParameters } from './parameters';
import type { Selection } from './selection';

/** The kinds of node whose fields the planner compiles; see node-kinds.ts. */
export type NodeKind = 'Ruling' | 'Paragraph';

/** One selected field compiled into a subquery of its parent's statement. */
export interface CompiledField {
  /** A subquery body on the parent node that yields one row, `value`: a filled cypher/fragments/ file. */
  body: string;
  /**
   * Puts the value where the field's resolver looks for it, its DataLoader's cache under the
   * key the resolver will ask, so the resolver (and its argument validation) runs unchanged.
   */
  prime(loaders: Loaders, parentKey: string, value: unknown): void;
  /** Nodes inside the value whose own selected fields are compiled too (a lineage step's ruling). */
  nested?: {
    kind: NodeKind;
    /** A Cypher list of the nested nodes' keys, given the column that holds this field's value. */
    keysIn(column: string): string;
    selection: Selection;
  };
}

/** What every field compiler of one statement shares. */
export interface CompileContext {
  parameters: StatementParameters;
  /** The node's key where the node is the operation's one root field (known when compiling), else null. */
  rootKey: string | null;
  /** The fragments cut to what the operation asks (narrowing.ts). */
  narrowing: FragmentNarrowing;
}

/** Compiles one selected field of a node held in the Cypher variable `node`. */
export type FieldCompiler = (field: ResolveTree, node: string, context: CompileContext) => CompiledField | null;

/** A fragment as the statement's narrowing cuts it. */
export function render(context: CompileContext, name: string, values: Readonly<Record<string, string>>): string {
  return renderFragment(name, values, context.narrowing);
}

/**
 * The field's arguments as its resolver will receive them, or null where the resolver will
 * refuse them (class-validator, as type-graphql runs it): then the field is left to its
 * resolver, which reports the error, and no statement is spent on arguments nobody may ask.
 */
export function validArguments<T extends object>(ArgsClass: new () => T, field: ResolveTree): T | null {
  const args = Object.assign(new ArgsClass(), field.args);
  return validateSync(args, { forbidUnknownValues: false }).length === 0 ? args : null;
}
