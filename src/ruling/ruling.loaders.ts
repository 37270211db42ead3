import { makeLoader, type LoaderOptions } from '../graphql/loader-options';
import type { RulingRepository } from './ruling.repository';

export function createRulingLoaders(rulings: RulingRepository, options: LoaderOptions) {
  return {
    rulingByNumber: makeLoader(options, (numbers: readonly string[]) => rulings.byNumbers(numbers)),
    paragraphsOfRuling: makeLoader(options, (numbers: readonly string[]) => rulings.paragraphsOf(numbers)),
  };
}
