import { tryParseRulingNumber } from '../../ruling/ruling-number';
import { locationOf, type BodyLine } from './body-lines';
import type { RulingSection } from './ruling-headings';

/**
 * The lineage facts a principle ruling states in its own words: that it rewrites (omskrivning) or
 * merges (sammenskrivning) earlier rulings, whether it contains new practice, which rulings it
 * repeals (ophæver, ophæves, er ophævet), fully or partly, with or without a successor, and which
 * other rulings it names. No element marks these; only sentences of a known, affirmative shape are
 * taken. A sentence that names rulings with a repeal or merge word in any other shape (negated,
 * conditional, or silent about a successor) is handed back as unclear, for review.
 */
export interface SentenceFact {
  number: string;
  sentence: string;
  location: string;
}

export interface RepealFact extends SentenceFact {
  extent: 'FULL' | 'PARTIAL';
}

export interface ConsolidationStatements {
  /** MERGE or REWRITE of the rulings named with it. */
  consolidation?: { type: 'MERGE' | 'REWRITE'; numbers: SentenceFact[] };
  /** Repealed rulings this ruling succeeds (named in the merge or rewrite). */
  repealedWithSuccessor: RepealFact[];
  /** Repealed rulings the text says are not replaced. */
  repealedWithoutSuccessor: RepealFact[];
  containsNewPractice?: { value: boolean; sentence: string; location: string };
  cites: SentenceFact[];
  unclear: { sentence: string; location: string; understood: string; reason: string }[];
}

export interface SectionedLine extends BodyLine {
  part: string;
  section?: RulingSection;
}

const NUMBER = String.raw`(?:SM\s+)?(?:[A-ZÆØÅ]-)?\d{1,3}-\d{2}`;
const NUMBER_TOKEN = new RegExp(String.raw`(?<![\p{L}\d-])${NUMBER}(?![\p{L}\d-])`, 'gu');
const NAMES_RULINGS = /princip(?:meddelelse|afgørelse)/iu;
const REPEAL = /\bophæv(?:e|er|es|et|ede|else)\b/iu;
const MERGE = /sammenskriv/iu;
const REWRITE = /omskriv/iu;
const PARTIAL = /\bdelvis(?:t)?\b/iu;
const NO_NEW_PRACTICE =
  /(?:indeholder|er der|medfører)\s+(?:ikke\s+(?:nogen\s+)?|ingen\s+)ny(?:e)?\s+praksis|ingen\s+ny\s+praksis/iu;
const NEW_PRACTICE = /indeholder\s+(?:også\s+)?ny\s+praksis/iu;
const NO_SUCCESSOR =
  /uden\s+at\s+(?:blive\s+)?erstatte[st]?|erstattes\s+ikke|ikke\s+erstattet|uden\s+efterfølger|fordi\s+(?:loven|reglerne|lovgivningen)\s+er\s+ændret|på\s+grund\s+af\s+(?:en\s+)?lovændring/iu;
// Words that make a sentence about repeal or merging something other than a plain statement.
const HEDGE = /\b(?:ikke|fortsat|overvej\w*|kan|kunne|bør|vil|skal|eventuelt|muligvis|måske|hvis|når)\b/iu;
const REPLACE = /\berstat(?:ter|tes|tet)\b|\bafløs(?:er|es|t)\b/iu;

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÆØÅ])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

function numbersIn(sentence: string, own: string): string[] {
  const numbers = [...sentence.matchAll(NUMBER_TOKEN)]
    .map((match) => tryParseRulingNumber(match[0]))
    .filter((n): n is string => n !== undefined);
  return [...new Set(numbers)].filter((number) => number !== own);
}

export function readConsolidationStatements(
  lines: readonly SectionedLine[],
  ownNumber: string,
): ConsolidationStatements {
  const result: ConsolidationStatements = {
    repealedWithSuccessor: [],
    repealedWithoutSuccessor: [],
    cites: [],
    unclear: [],
  };
  const repeals: (RepealFact & { noSuccessor: boolean })[] = [];
  const lineage = new Set<string>();
  const citeCandidates: SentenceFact[] = [];

  for (const line of lines) {
    const location = locationOf(line.part, line);
    for (const sentence of sentencesOf(line.text)) {
      const fact = (number: string): SentenceFact => ({ number, sentence, location });
      if (!result.containsNewPractice) {
        if (NO_NEW_PRACTICE.test(sentence)) result.containsNewPractice = { value: false, sentence, location };
        else if (NEW_PRACTICE.test(sentence)) result.containsNewPractice = { value: true, sentence, location };
      }
      if (!NAMES_RULINGS.test(sentence)) continue;
      const numbers = numbersIn(sentence, ownNumber);
      if (numbers.length === 0) continue;
      const merge = MERGE.test(sentence);
      const rewrite = REWRITE.test(sentence);
      const repeal = REPEAL.test(sentence);
      const noSuccessor = NO_SUCCESSOR.test(sentence);
      // The phrases that are themselves understood are taken out before looking for hedges.
      const rest = sentence.replace(NO_NEW_PRACTICE, '').replace(NO_SUCCESSOR, '');
      if (merge || rewrite || repeal || REPLACE.test(rest)) {
        const understood = `${merge ? 'merges' : rewrite ? 'rewrites' : repeal ? 'repeals' : 'replaces'} ${numbers.join(', ')}`;
        const unclear = (reason: string) => result.unclear.push({ sentence, location, understood, reason });
        if (HEDGE.test(rest)) {
          unclear('the sentence is negated or conditional, not a plain statement');
          continue;
        }
        if (merge && rewrite) {
          unclear('it speaks of both a merge and a rewrite');
          continue;
        }
        if (!merge && !rewrite && !repeal) {
          unclear('it says the ruling replaces others, but not that they are repealed');
          continue;
        }
        numbers.forEach((number) => lineage.add(number));
        if (merge || rewrite) {
          const type = merge ? 'MERGE' : 'REWRITE';
          if (result.consolidation && result.consolidation.type !== type) {
            unclear(
              `an earlier sentence called the ruling a ${result.consolidation.type === 'MERGE' ? 'merge' : 'rewrite'}`,
            );
            continue;
          }
          result.consolidation ??= { type, numbers: [] };
          result.consolidation.numbers.push(...numbers.map(fact));
        }
        if (repeal) {
          const extent = PARTIAL.test(sentence) ? 'PARTIAL' : 'FULL';
          repeals.push(...numbers.map((number) => ({ ...fact(number), extent, noSuccessor }) as const));
        }
      } else if (line.section === 'otherRulings') {
        citeCandidates.push(...numbers.map(fact));
      }
    }
  }

  const consolidated = new Set(result.consolidation?.numbers.map((fact) => fact.number));
  for (const { noSuccessor, ...repeal } of repeals) {
    if (noSuccessor && !consolidated.has(repeal.number)) result.repealedWithoutSuccessor.push(repeal);
    else if (consolidated.has(repeal.number) && !noSuccessor) result.repealedWithSuccessor.push(repeal);
    else {
      result.unclear.push({
        sentence: repeal.sentence,
        location: repeal.location,
        understood: `repeals ${repeal.number} (${repeal.extent})`,
        reason: noSuccessor
          ? `${repeal.number} is named in the merge or rewrite, yet the sentence says it is not replaced`
          : `the text does not say whether this ruling replaces ${repeal.number} (it names it in no merge or rewrite, and does not say it is not replaced)`,
      });
    }
  }
  for (const fact of result.consolidation?.numbers ?? []) {
    if (!repeals.some((repeal) => repeal.number === fact.number)) {
      result.unclear.push({
        sentence: fact.sentence,
        location: fact.location,
        understood: `${result.consolidation!.type === 'MERGE' ? 'merges' : 'rewrites'} ${fact.number}`,
        reason: `no sentence says that ${fact.number} is repealed`,
      });
    }
  }
  const seen = new Set<string>();
  result.cites = citeCandidates.filter(
    (fact) => !lineage.has(fact.number) && !seen.has(fact.number) && seen.add(fact.number),
  );
  return result;
}
