import { isObjectType } from 'graphql';
import { buildPraksisSchema } from '../../src/graphql/schema';
import { NODE_TYPES } from '../../src/node/global-id';

describe('Node types', () => {
  it('node(id) knows exactly the object types that implement Node', async () => {
    const schema = await buildPraksisSchema();
    const node = schema.getType('Node');
    if (!node || isObjectType(node) || !('getFields' in node)) throw new Error('no Node interface');
    const implementing = schema
      .getImplementations(node as never)
      .objects.map((type) => type.name)
      .sort();
    expect([...NODE_TYPES].sort()).toEqual(implementing);
    expect(implementing).toContain('ComplaintCase');
  });
});
