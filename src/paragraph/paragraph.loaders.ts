import { keyOf, makeLoader, type LoaderOptions } from '../graphql/loader-options';
import type { LawRepository } from '../law/law.repository';
import type { ParagraphRepository, ParagraphRulingsKey } from './paragraph.repository';

export function createParagraphLoaders(paragraphs: ParagraphRepository, laws: LawRepository, options: LoaderOptions) {
  return {
    paragraphByRef: makeLoader(options, (refs: readonly string[]) => paragraphs.byRefs(refs)),
    lawById: makeLoader(options, (ids: readonly string[]) => laws.byIds(ids)),
    /** Keyed by law code: its paragraphs in paragraph order. */
    paragraphsOfLaw: makeLoader(options, (ids: readonly string[]) => laws.paragraphsOf(ids)),
    /** Predecessors and successors together: one statement serves both fields. */
    paragraphSuccession: makeLoader(options, (refs: readonly string[]) => paragraphs.successions(refs)),
    paragraphRulings: makeLoader(
      options,
      (keys: readonly ParagraphRulingsKey[]) => paragraphs.rulings(keys),
      keyOf<ParagraphRulingsKey>('ref', 'asOf', 'includeRepealed'),
    ),
  };
}
