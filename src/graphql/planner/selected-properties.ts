import { projectedProperties } from '../../db/cypher-registry';
import type { Selection } from './selection';

/**
 * A record's properties are defined once, by its projection fragment (cypher/fragments/
 * projection/); a statement that returns many records (applicableRulings: over a thousand
 * rulings) returns only those the query selects, plus the keys other fields' resolvers read.
 */
const SHAPES = {
  ruling: { fragment: 'projection/ruling', keys: ['number'] },
  paragraph: { fragment: 'projection/paragraph', keys: ['ref', 'lawId'] },
  consolidation: { fragment: 'projection/consolidation', keys: ['id'] },
} as const;

export type RecordShape = keyof typeof SHAPES;

export const RECORD_SHAPES = Object.keys(SHAPES) as RecordShape[];

/** The projection fragment of a shape, as FragmentNarrowing.properties names it. */
export function projectionOf(shape: RecordShape): string {
  return SHAPES[shape].fragment;
}

const properties = new Map<RecordShape, string[]>();

function propertiesOf(shape: RecordShape): string[] {
  let list = properties.get(shape);
  if (!list) {
    list = projectedProperties(SHAPES[shape].fragment);
    properties.set(shape, list);
  }
  return list;
}

/**
 * The properties of the record that a selection asks for, in the fragment's order; every
 * property where the selection is not known. Names come from the fragment, never from the
 * request: a selected field is only looked up among them.
 */
export function selectedProperties(shape: RecordShape, selection: Selection | null): readonly string[] {
  return askedProperties(shape, selection && new Set(Object.values(selection).map((field) => field.name)));
}

/**
 * The same for the names of the fields asked of the record's type, with the keys other fields'
 * resolvers read (a ruling's number, from which its id is made) always included.
 */
export function askedProperties(shape: RecordShape, asked: ReadonlySet<string> | null): readonly string[] {
  const all = propertiesOf(shape);
  const keys: readonly string[] = SHAPES[shape].keys;
  return asked ? all.filter((property) => asked.has(property) || keys.includes(property)) : all;
}

/**
 * Properties as the items of a Cypher list (`r.number, r.title`) rather than a map: over a
 * thousand records, maps cost Neo4j and the driver their keys once per record (the
 * applicability statement took 1.5 times as long with maps: bench/ANALYSIS.md).
 */
export function propertyValues(node: string, names: readonly string[]): string {
  return names.map((name) => `${node}.${name}`).join(', ');
}

/** The record of `names` from `values`, read from position `at` on (the inverse of propertyValues). */
export function recordFrom<T>(names: readonly string[], values: readonly unknown[], at: number): T {
  const record: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) record[names[i]] = values[at + i];
  return record as T;
}
