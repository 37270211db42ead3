import type { Loaders } from '../../context';
import type { FieldCompiler, NodeKind } from './field-compiler';
import { PARAGRAPH_FIELDS } from './paragraph-fields';
import { RULING_FIELDS } from './ruling-fields';

/** How the planner finds a node of each kind by its key, and which of its fields it compiles. */
export interface NodeKindSpec {
  label: string;
  keyProperty: string;
  /** The fragment of the node's own record and its slot for the node. */
  record: { fragment: string; slot: string };
  /** Puts the record (null: no such node) where the root field's resolver looks for it. */
  primeRecord(loaders: Loaders, key: string, record: unknown): void;
  fields: Readonly<Record<string, FieldCompiler>>;
}

// Labels and property names come from here only, never from a request.
export const NODE_KINDS: Readonly<Record<NodeKind, NodeKindSpec>> = {
  Ruling: {
    label: 'Ruling',
    keyProperty: 'number',
    record: { fragment: 'ruling/record', slot: 'ruling' },
    primeRecord: (loaders, number, record) => loaders.rulingByNumber.prime(number, record as never),
    fields: RULING_FIELDS,
  },
  Paragraph: {
    label: 'Paragraph',
    keyProperty: 'ref',
    record: { fragment: 'paragraph/record', slot: 'paragraph' },
    primeRecord: (loaders, ref, record) => loaders.paragraphByRef.prime(ref, record as never),
    fields: PARAGRAPH_FIELDS,
  },
};
