import { BadUserInputError } from '../errors';
import { fromGlobalId } from '../node/global-id';
import { resolveLawId } from './law-aliases';

/**
 * A law named by an API argument: its code ("SEL"), any name the paragraph parser knows
 * ("serviceloven", "barnets lov"), or its global id (Law.id). Returns the law code; whether the
 * graph holds that law is for the caller to find out.
 */
export function parseLawArgument(field: string, text: string): string {
  const global = fromGlobalId(text.trim());
  if (global?.type === 'Law') return global.key;
  const id = resolveLawId(text);
  if (id === undefined) {
    throw new BadUserInputError(`${field}: unknown law ${JSON.stringify(text)}`, {
      field,
      expected: 'a law code or name, e.g. "SEL", "serviceloven", "barnets lov", or a Law id',
    });
  }
  return id;
}
