/**
 * The paragraphRulings loader is keyed by one string (DataLoader caches by identity, so an
 * object key would never hit the cache). Canonical refs and ISO dates never contain "|".
 */
export interface ParagraphRulingsKey {
  ref: string;
  asOf: string;
  includeRepealed: boolean;
}

export function paragraphRulingsKey(key: ParagraphRulingsKey): string {
  return `${key.ref}|${key.asOf}|${key.includeRepealed ? 'all' : 'applicable'}`;
}

export function parseParagraphRulingsKey(text: string): ParagraphRulingsKey {
  const [ref, asOf, which] = text.split('|');
  return { ref, asOf, includeRepealed: which === 'all' };
}
