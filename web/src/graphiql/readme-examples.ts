import readme from '../../../README.md?raw';

/**
 * The README's GraphQL examples, taken from the README itself at build time, so the IDE's
 * preloaded tabs are always the operations the README documents (and test/unit/readme-examples
 * checks against the schema).
 */
export function readmeExamples(): string[] {
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1].trim());
}
