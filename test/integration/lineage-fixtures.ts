/**
 * Small generated lineages for the lineage tests, as import records (written to a temporary
 * NDJSON file and loaded with the real importer). Numbers use the running series with high
 * numbers that the reference seed does not use, so fixtures can be loaded on top of it.
 */

type ImportLine = Record<string, unknown>;

export const FIXTURE_PARAGRAPH = 'ASL § 5';

/** The law and paragraph every fixture ruling interprets; upserts, so harmless over the seed. */
export function baseRecords(): ImportLine[] {
  return [
    { kind: 'law', id: 'ASL', title: 'Lov om arbejdsskadesikring', shortTitle: 'arbejdsskadesikringsloven' },
    { kind: 'paragraph', ref: FIXTURE_PARAGRAPH, title: 'Arbejdsskade' },
  ];
}

function ruling(number: string, decidedOn: string, extra: ImportLine = {}): ImportLine {
  return {
    kind: 'ruling',
    number,
    title: `Testafgørelse ${number}`,
    decidedOn,
    area: 'work-injury',
    paragraphs: [FIXTURE_PARAGRAPH],
    cites: [],
    ...extra,
  };
}

function consolidation(
  id: string,
  decidedOn: string,
  issued: string[],
  repeals: [string, 'FULL' | 'PARTIAL'][],
): ImportLine {
  return {
    kind: 'consolidation',
    id,
    title: `Testkonsolidering ${id}`,
    decidedOn,
    type: issued.length === 1 && repeals.length === 1 ? 'REWRITE' : 'MERGE',
    issued,
    repeals: repeals.map(([number, extent]) => ({ ruling: number, extent })),
    containsNewPractice: false,
  };
}

export interface Chain {
  /** Oldest first: numbers[i] replaces numbers[i - 1]. */
  numbers: string[];
  /** decidedOn of each ruling and of the consolidation that issued it. */
  dates: string[];
  /** consolidations[i - 1] issued numbers[i] and fully repealed numbers[i - 1]. */
  consolidations: string[];
  records: ImportLine[];
}

/**
 * A chain of `length` rulings, 800-10 (2010-03-01), 801-11 (2011-03-01), ...: each
 * consolidation issues the next ruling and fully repeals the one before, so the newest replaces
 * the oldest at depth length - 1.
 */
export function chain(length = 9): Chain {
  const numbers: string[] = [];
  const dates: string[] = [];
  const consolidations: string[] = [];
  const records: ImportLine[] = [];
  for (let i = 0; i < length; i++) {
    const year = 2010 + i;
    numbers.push(`${800 + i}-${String(year % 100).padStart(2, '0')}`);
    dates.push(`${year}-03-01`);
    records.push(ruling(numbers[i], dates[i]));
    if (i > 0) {
      consolidations.push(`CHAIN-${i}`);
      records.push(consolidation(`CHAIN-${i}`, dates[i], [numbers[i]], [[numbers[i - 1], 'FULL']]));
    }
  }
  return { numbers, dates, consolidations, records };
}

/**
 * 600-10 is partly repealed by DIA-1 (2011-05-01, issuing 601-11), then DIA-2 (2012-05-01,
 * issuing 602-12) fully repeals both 601-11 and 600-10: 602-12 replaces 600-10 directly and
 * through 601-11, a diamond whose shortest route has depth 1.
 */
export function diamond(): ImportLine[] {
  return [
    ruling('600-10', '2010-05-01'),
    ruling('601-11', '2011-05-01'),
    consolidation('DIA-1', '2011-05-01', ['601-11'], [['600-10', 'PARTIAL']]),
    ruling('602-12', '2012-05-01'),
    consolidation(
      'DIA-2',
      '2012-05-01',
      ['602-12'],
      [
        ['601-11', 'FULL'],
        ['600-10', 'FULL'],
      ],
    ),
  ];
}

/**
 * 700-12 is partly repealed by PART-1 (2015-02-01), which issues 701-15; 701-15 is in turn
 * partly repealed by PART-2 (2017-02-01), which issues 702-17. 703-18 cites 700-12 (partly
 * repealed), 800-10 (fully repealed in the chain by 2011-03-01) and 808-18 (in force).
 */
export function partialRepeals(): ImportLine[] {
  return [
    ruling('700-12', '2012-02-01'),
    ruling('701-15', '2015-02-01'),
    consolidation('PART-1', '2015-02-01', ['701-15'], [['700-12', 'PARTIAL']]),
    ruling('702-17', '2017-02-01'),
    consolidation('PART-2', '2017-02-01', ['702-17'], [['701-15', 'PARTIAL']]),
    ruling('703-18', '2018-06-01', { cites: ['700-12', '800-10', '808-18'] }),
  ];
}

/** `count` unrelated rulings 900-20, 901-20, ..., for list tests. */
export function standalone(count: number): ImportLine[] {
  return Array.from({ length: count }, (_, i) => ruling(`${900 + i}-20`, '2020-02-01'));
}

/**
 * `levels` + 1 levels of two rulings each, 500-00 and 501-00 at the bottom; the consolidation
 * LAT-i issues both rulings of level i and fully repeals both of level i - 1, so each ruling
 * replaces both below it and 2^levels routes lead from the top to the bottom. A lineage that
 * enumerated routes instead of rulings would not finish.
 */
export function lattice(levels: number): { levels: string[][]; records: ImportLine[] } {
  const numbers: string[][] = [];
  const records: ImportLine[] = [];
  for (let i = 0; i <= levels; i++) {
    const year = 2000 + i;
    const yy = String(year % 100).padStart(2, '0');
    const pair = [`${500 + 2 * i}-${yy}`, `${501 + 2 * i}-${yy}`];
    numbers.push(pair);
    records.push(ruling(pair[0], `${year}-01-01`), ruling(pair[1], `${year}-01-01`));
    if (i > 0)
      records.push(
        consolidation(
          `LAT-${i}`,
          `${year}-01-01`,
          pair,
          numbers[i - 1].map((number) => [number, 'FULL']),
        ),
      );
  }
  return { levels: numbers, records };
}
