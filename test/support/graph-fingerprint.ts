import type { Neo4jExecutor } from '../../src/db/executor';

const keyOf = (x: string) => `coalesce(${x}.id, ${x}.ref, ${x}.number, ${x}.code, ${x}.key, ${x}.eli)`;
// Each property with its Cypher type: 1 and 1.0 are the same number to JavaScript, not to Neo4j.
const propertiesOf = (x: string) => `[k IN keys(${x}) | [k, ${x}[k], valueType(${x}[k])]]`;
const stable = (properties: unknown[][]) =>
  JSON.stringify([...properties].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));

/**
 * Every node and relationship of the graph, by the nodes' natural keys, with every property and
 * its type, sorted: equal graphs give equal lists, and a difference names what differs.
 *
 * Bookkeeping (migration records, the editing lock) is not data. A correction that moves a case
 * out of its practice cell leaves the cell behind, empty (it counts nothing), so empty cells are
 * not compared either.
 */
export async function graphFingerprint(executor: Neo4jExecutor): Promise<string[]> {
  const nodes = await executor.query<{ label: string; key: string; properties: unknown[][] }>(
    `MATCH (x) WHERE NOT x:SchemaMigration AND NOT x:WriteLock AND NOT (x:PracticeCell AND NOT EXISTS { (x)--() })
     RETURN labels(x) AS label, ${keyOf('x')} AS key, ${propertiesOf('x')} AS properties`,
  );
  const relationships = await executor.query<{ type: string; from: string; to: string; properties: unknown[][] }>(
    `MATCH (a)-[r]->(b) RETURN type(r) AS type, ${keyOf('a')} AS from, ${keyOf('b')} AS to, ${propertiesOf('r')} AS properties`,
  );
  return [
    ...nodes.map((n) => `${n.label} ${n.key} ${stable(n.properties)}`),
    ...relationships.map((r) => `${r.type} ${r.from} -> ${r.to} ${stable(r.properties)}`),
  ].sort();
}
