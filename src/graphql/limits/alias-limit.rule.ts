import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import type { ValidationRule } from 'graphql';
import { reportRejection } from './report-rejection';

/**
 * At most maxAliases aliased fields per operation, those of its fragments included (graphql-armor
 * max-aliases). Aliases are how one small request asks for the same expensive field a thousand
 * times; `__typename` is not exempt, since every alias costs a resolver call and response bytes.
 */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return maxAliasesRule({
    n: maxAliases,
    allowList: [],
    ...reportRejection(
      (found) =>
        `Query has too many aliases: ${found ? `${found}, ` : ''}the limit is ${maxAliases} per operation (GRAPHQL_MAX_ALIASES).`,
      { maxAliases },
    ),
  }) as unknown as ValidationRule;
}
