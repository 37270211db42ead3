import { makeLoader, type LoaderOptions } from '../graphql/loader-options';
import type { CorpusRepository } from './corpus.repository';

export function createCorpusLoaders(corpus: CorpusRepository, options: LoaderOptions) {
  return {
    rulingTexts: makeLoader(options, (numbers: readonly string[]) => corpus.rulingTexts(numbers)),
    paragraphTexts: makeLoader(options, (refs: readonly string[]) => corpus.paragraphTexts(refs)),
    lawVersions: makeLoader(options, (ids: readonly string[]) => corpus.versionsOfLaws(ids)),
  };
}
