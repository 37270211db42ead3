import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_SEED_DIR } from '../../src/importer/seed-loader';
import { useTestBed } from '../support/test-bed';

/** Practice on the real seed: the 2024 move of SEL § 41 to BL § 86. */

interface SeedCase {
  id: string;
  paragraphs: string[];
  outcomes: string[];
  authority: string;
}

const seedCases: SeedCase[] = readFileSync(join(REFERENCE_SEED_DIR, '07-complaint-cases.ndjson'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const under = (...refs: string[]) => seedCases.filter((c) => c.paragraphs.some((ref) => refs.includes(ref)));

const { api } = useTestBed({ seed: true });

async function decided(filter: Record<string, unknown>): Promise<number> {
  const { body } = await api.query(`query($filter: PracticeFilter!) { practice(filter: $filter) { decided } }`, {
    filter,
  });
  expect(body.errors).toBeUndefined();
  return body.data!.practice.decided;
}

describe('practice on the real seed', () => {
  it('has cases under both SEL § 41 and BL § 86', () => {
    expect(under('SEL § 41').length).toBeGreaterThan(0);
    expect(under('BL § 86').length).toBeGreaterThan(0);
  });

  it('counts the SEL § 41 cases under BL § 86 by default, and only BL § 86 cases when switched off', async () => {
    expect(await decided({ paragraph: 'BL § 86' })).toBe(under('BL § 86', 'SEL § 41').length);
    expect(await decided({ paragraph: 'barnets lov §86', includePredecessors: true })).toBe(
      under('BL § 86', 'SEL § 41').length,
    );
    expect(await decided({ paragraph: 'BL § 86', includePredecessors: false })).toBe(under('BL § 86').length);
    // Predecessors only: the old paragraph does not count its successor's cases.
    expect(await decided({ paragraph: 'SEL § 41' })).toBe(under('SEL § 41').length);
  });

  it('Paragraph.practice of BL § 86 agrees, and a law by its name counts each case once', async () => {
    const { body } = await api.query(
      `{ paragraph(ref: "BL § 86") { practice { decided } own: practice(filter: {includePredecessors: false}) { decided } } }`,
    );
    expect(body.data!.paragraph).toEqual({
      practice: { decided: under('BL § 86', 'SEL § 41').length },
      own: { decided: under('BL § 86').length },
    });
    const selCases = seedCases.filter((c) => c.paragraphs.some((ref) => ref.startsWith('SEL §')));
    expect(await decided({ law: 'serviceloven' })).toBe(selCases.length);
  });

  it('serves the national picture with no filter at all', async () => {
    const { body } = await api.query(
      `{ practice(filter: {}) { decided onMerits reversalRate byAuthority(first: 3, orderBy: DECIDED_DESC) { authority { code name } decided nationalRate } } }`,
    );
    expect(body.errors).toBeUndefined();
    const stats = body.data!.practice;
    expect(stats.decided).toBe(seedCases.length);
    expect(stats.reversalRate).toBeGreaterThan(0.2);
    expect(stats.reversalRate).toBeLessThan(0.4);
    expect(stats.byAuthority).toHaveLength(3);
    for (const row of stats.byAuthority) {
      expect(row.decided).toBe(seedCases.filter((c) => c.authority === row.authority.code).length);
      expect(row.nationalRate).toBe(stats.reversalRate);
    }
  });
});
