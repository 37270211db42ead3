import { renderFragment } from '../../db/cypher-registry';
import type { Selection } from './selection';

/**
 * A record's properties are defined once, by its projection fragment (cypher/fragments/
 * projection/); a statement that returns many records (applicableRulings: over a thousand
 * rulings) projects only those the query selects, plus the keys other fields' resolvers read.
 */
const SHAPES = {
  ruling: { fragment: 'projection/ruling', keys: ['number'] },
  paragraph: { fragment: 'projection/paragraph', keys: ['ref', 'lawId'] },
} as const;

export type RecordShape = keyof typeof SHAPES;

const properties = new Map<RecordShape, string[]>();

function propertiesOf(shape: RecordShape): string[] {
  let list = properties.get(shape);
  if (!list) {
    list = [...renderFragment(SHAPES[shape].fragment, { node: 'node' }).matchAll(/\.(\w+)/g)].map((m) => m[1]);
    properties.set(shape, list);
  }
  return list;
}

/**
 * The inside of a Cypher map projection (`.number, .title`) for the fields a selection asks of
 * the record; every property where the selection is not known. Names come from the fragment,
 * never from the request: a selected field is only looked up among them.
 */
export function selectedProjection(shape: RecordShape, selection: Selection | null): string {
  const all = propertiesOf(shape);
  const asked = selection && new Set(Object.values(selection).map((field) => field.name));
  const keys: readonly string[] = SHAPES[shape].keys;
  const chosen = asked ? all.filter((property) => asked.has(property) || keys.includes(property)) : all;
  return chosen.map((property) => `.${property}`).join(', ');
}
