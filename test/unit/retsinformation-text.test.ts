import {
  readConsolidationStatements,
  type SectionedLine,
} from '../../src/importer/retsinformation/consolidation-sentences';
import { deriveLawId, knownLawsNamedIn, lawNamedAtStart } from '../../src/importer/retsinformation/law-names';
import { paragraphReferencesIn } from '../../src/importer/retsinformation/paragraph-references';
import { parseRulingTitle } from '../../src/importer/retsinformation/ruling-title';
import { resolveLawId } from '../../src/paragraph/law-aliases';

describe('paragraphReferencesIn', () => {
  it.each([
    ['• § 4, stk. 1, om hjælp.', [{ number: '4', stk: 1 }]],
    [
      'Lov om aktiv socialpolitik - lovbekendtgørelse nr. 964 af 19. september 2011 - § 2, stk. 1, nr. 2',
      [{ number: '2', stk: 1, nr: 2 }],
    ],
    ['§ 1 a, stk. 2', [{ number: '1a', stk: 2 }]],
    ['§ 5a', [{ number: '5a' }]],
    ['§§ 41 og 42, om merudgifter', [{ number: '41' }, { number: '42' }]],
    ['§ 41 i serviceloven', [{ number: '41' }]],
    ['§ 86 og § 87, stk. 2', [{ number: '86' }, { number: '87', stk: 2 }]],
  ])('reads %p', (line, expected) => {
    const { mentions, unclear } = paragraphReferencesIn(line);
    expect(unclear).toBeUndefined();
    expect(mentions.map(({ number, stk, nr }) => ({ number, ...(stk ? { stk } : {}), ...(nr ? { nr } : {}) }))).toEqual(
      expected,
    );
  });

  it.each(['§ 41, stk. 1 og 2', '§§ 41-43', '§ 41 eller § 42', '§ 2, stk. 1, nr. 2 og 3', '§ uden nummer'])(
    'leaves %p unclear, taking nothing',
    (line) => {
      const result = paragraphReferencesIn(line);
      expect(result.mentions).toEqual([]);
      expect(result.unclear).toEqual(expect.any(String));
    },
  );
});

describe('parseRulingTitle', () => {
  it('reads the newer title with keywords split at spaced dashes only', () => {
    expect(parseRulingTitle('Ankestyrelsens principmeddelelse 11-23 om børne- og ungeydelse - bopæl – ophold')).toEqual(
      {
        number: '11-23',
        keywords: ['børne- og ungeydelse', 'bopæl', 'ophold'],
      },
    );
  });

  it('reads the older lettered number, also with SM', () => {
    expect(parseRulingTitle('Principafgørelse SM C-16-99 om merudgifter')?.number).toBe('C-16-99');
  });

  it('gives nothing for a title without a number', () => {
    expect(parseRulingTitle('Ankestyrelsens principmeddelelse om merudgifter')).toBeUndefined();
  });
});

describe('law names', () => {
  it.each([
    ['Bekendtgørelse af lov om social service, senest bekendtgjort i lovbekendtgørelse nr. 724', 'SEL'],
    ['Barnets lov, jf. lovbekendtgørelse nr. 100', 'BL'],
    ['lov om en børne- og ungeydelse', 'BUYL'],
    ['Lov om børnetilskud og forskudsvis udbetaling af børnebidrag', 'BTL'],
    ['Lov om aktiv socialpolitik - lovbekendtgørelse nr. 964', 'LAS'],
  ])('finds %p as %p', (text, id) => {
    expect(lawNamedAtStart(text)).toMatchObject({ id, derived: false });
  });

  it('derives a stable id, usable in paragraph refs, for a law the table does not know', () => {
    const law = lawNamedAtStart('Lov om forebyggende hjemmebesøg')!;
    expect(law.derived).toBe(true);
    expect(law.id).toMatch(/^LFH[A-Z]{3}$/);
    expect(deriveLawId('lov om forebyggende hjemmebesøg')).toBe(law.id);
    expect(deriveLawId('lov om fælles hjemmehjælp')).not.toBe(law.id);
    expect(resolveLawId(law.id)).toBe(law.id);
  });

  it('does not take an amending act or an executive order for a law', () => {
    expect(lawNamedAtStart('Lov om ændring af lov om social service')).toBeUndefined();
    expect(lawNamedAtStart('Bekendtgørelse om hjælp til merudgifter')).toBeUndefined();
  });

  it('finds known laws named inside a line, in the genitive too', () => {
    expect(knownLawsNamedIn('• § 86 i barnets lov')).toEqual(['BL']);
    expect(knownLawsNamedIn('servicelovens § 41 og barnets lov § 86').sort()).toEqual(['BL', 'SEL']);
  });
});

describe('readConsolidationStatements', () => {
  const lines = (...texts: [string, SectionedLine['section']?][]): SectionedLine[] =>
    texts.map(([text, section], index) => ({ text, style: 'plain', number: index + 1, part: 'TekstGruppe', section }));

  it('reads a merge with its repeals and a statement of no new practice', () => {
    const result = readConsolidationStatements(
      lines(
        [
          'Principmeddelelsen er en sammenskrivning af principmeddelelserne 10-18 og 22-19 og indeholder ikke ny praksis.',
        ],
        ['Principmeddelelserne 10-18 og 22-19 ophæves.'],
      ),
      '11-23',
    );
    expect(result.consolidation?.type).toBe('MERGE');
    expect(result.containsNewPractice?.value).toBe(false);
    expect(result.repealedWithSuccessor.map((fact) => `${fact.number} ${fact.extent}`)).toEqual([
      '10-18 FULL',
      '22-19 FULL',
    ]);
    expect(result.unclear).toEqual([]);
  });

  it('reads a partial repeal without successor', () => {
    const result = readConsolidationStatements(
      lines(['Principafgørelse C-16-99 ophæves delvist, fordi reglerne er ændret.']),
      '5-24',
    );
    expect(result.repealedWithoutSuccessor.map((fact) => `${fact.number} ${fact.extent}`)).toEqual(['C-16-99 PARTIAL']);
  });

  it.each([
    'Ankestyrelsen har overvejet at ophæve principafgørelse 45-12.',
    'Principafgørelse 45-12 er ikke ophævet.',
    'Principafgørelse 45-12 ophæves.',
    'Principmeddelelsen erstatter principmeddelelse 45-12.',
  ])('sends %p to review and applies nothing', (sentence) => {
    const result = readConsolidationStatements(lines([sentence]), '5-24');
    expect([...result.repealedWithSuccessor, ...result.repealedWithoutSuccessor, ...result.cites]).toEqual([]);
    expect(result.unclear).toHaveLength(1);
  });

  it('cites the rulings the other-rulings section names, not its own number', () => {
    const result = readConsolidationStatements(
      lines(['Principmeddelelsen supplerer principmeddelelse 10-18 og 5-24.', 'otherRulings']),
      '5-24',
    );
    expect(result.cites.map((fact) => fact.number)).toEqual(['10-18']);
  });
});
