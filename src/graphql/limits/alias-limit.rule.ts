import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * At most maxAliases aliased fields per operation, those of its fragments included (graphql-armor
 * max-aliases). Aliases are how one small request asks for the same expensive field a thousand
 * times; `__typename` is not exempt, since every alias costs a resolver call and response bytes.
 */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return maxAliasesRule({
    n: maxAliases,
    allowList: [],
    // Report instead of throw: a thrown error would escape graphql's validate() as an internal error.
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const found = /found (\d+)/.exec(error.message)?.[1];
        context?.reportError(
          new GraphQLError(
            `Query has too many aliases: ${found ? `${found}, ` : ''}the limit is ${maxAliases} per operation (GRAPHQL_MAX_ALIASES).`,
            {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxAliases },
            },
          ),
        );
      },
    ],
  }) as unknown as ValidationRule;
}
