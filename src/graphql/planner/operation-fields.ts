import {
  TypeInfo,
  isAbstractType,
  isObjectType,
  visit,
  visitWithTypeInfo,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';

/** Every field an operation selects anywhere, by the name of the object type it is selected on. */
export type OperationFields = ReadonlyMap<string, ReadonlySet<string>>;

const byOperation = new WeakMap<OperationDefinitionNode, OperationFields>();

/**
 * The fields of each object type that the operation selects anywhere: in any root field, at
 * any depth, through any fragment, whatever its `@skip`/`@include` say (a superset is safe). A
 * field selected on an interface counts for every object type implementing it.
 *
 * What the planner primes into a request's loaders is read by every resolver of the operation
 * that asks the same key, wherever in the query it stands; a record narrowed to what one field
 * selects could be read by another asking more. Narrowed to the fields its type is asked for
 * anywhere in the operation, no resolver of the operation can miss one (narrowing.ts).
 * Computed once per operation: Apollo hands every request of the same query text the same
 * parsed document.
 */
export function operationFields(info: GraphQLResolveInfo): OperationFields {
  let fields = byOperation.get(info.operation);
  if (!fields) {
    fields = collectFields(info);
    byOperation.set(info.operation, fields);
  }
  return fields;
}

function collectFields(info: GraphQLResolveInfo): OperationFields {
  const fields = new Map<string, Set<string>>();
  const typeInfo = new TypeInfo(info.schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      if (!parent) return;
      const objectTypes = isObjectType(parent)
        ? [parent]
        : isAbstractType(parent)
          ? info.schema.getPossibleTypes(parent)
          : [];
      for (const type of objectTypes) {
        let names = fields.get(type.name);
        if (!names) fields.set(type.name, (names = new Set()));
        names.add(node.name.value);
      }
    },
  });
  visit(info.operation, visitor);
  for (const fragment of Object.values(info.fragments)) visit(fragment, visitor);
  return fields;
}
