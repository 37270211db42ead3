// Relay global ids: opaque to clients, but decodable here into a type name and its natural key.
// Exactly the object types that implement Node: node.resolver.ts must fetch each (a Record over
// this list, so the compiler holds it to that), and test/unit/node-types.test.ts checks the list
// against the schema's implementations of Node, so node(id) answers for every Node and no other.
export const NODE_TYPES = ['Ruling', 'Paragraph', 'Law', 'Consolidation', 'ComplaintCase'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

export function toGlobalId(type: NodeTypeName, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string): { type: NodeTypeName; key: string } | undefined {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon) as NodeTypeName;
  if (colon < 1 || !NODE_TYPES.includes(type)) return undefined;
  return { type, key: decoded.slice(colon + 1) };
}
