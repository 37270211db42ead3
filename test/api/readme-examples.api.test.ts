import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_KEY, testAuthConfig } from '../support/auth-fixture';
import { useTestBed } from '../support/test-bed';

// The README's examples run against the reference seed (README command 1 loads it), in the
// README's order: each answers without errors, answers something (no example shows an empty
// list where the text promises rows), and shows what the text around it promises. The read
// examples come first and change nothing; the mutation example changes what the README says.
const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
const readExamples = examples.filter((text) => /^\s*(query\b|\{)/.test(text));
const mutationExample = examples.find((text) => /^\s*mutation\b/.test(text))!;
const auditExample = examples.find((text) => text.includes('auditTrail'))!;
const applicabilityExample = readExamples.find((text) => text.includes('applicableRulings'))!;

const answers: Record<string, any> = {};
const perExample: Record<string, any>[] = [];

/** Paths of the empty lists and nulls in an answer: where it shows nothing. */
function emptyParts(value: unknown, path: string): string[] {
  if (value === null) return [path];
  if (Array.isArray(value))
    return value.length === 0 ? [path] : value.flatMap((item, index) => emptyParts(item, `${path}[${index}]`));
  if (typeof value === 'object')
    return Object.entries(value as object).flatMap(([key, item]) => emptyParts(item, path ? `${path}.${key}` : key));
  return [];
}

async function answer(text: string, token?: string): Promise<Record<string, any>> {
  const { status, body } = await api.query(text, undefined, { token });
  expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
  return body.data!;
}

const { api } = useTestBed({ seed: true, service: { auth: testAuthConfig() } });

beforeAll(async () => {
  for (const text of readExamples) {
    const data = await answer(text);
    perExample.push(data);
    Object.assign(answers, data);
  }
});

describe('README examples on the reference seed', () => {
  it('lineage: 51-19 replaces 10-18, and U-10-08 was no longer good law in 2020: repealed by 2019-51 (dated 2019) with 51-19 as successor', () => {
    expect(answers.ruling.replaces.map((step: any) => step.ruling.number)).toContain('10-18');
    expect(answers.old.status).toMatchObject({
      status: 'REPEALED',
      repealedOn: '2019-01-01',
      repealedBy: { consolidationId: '2019-51' },
      successors: [{ number: '51-19' }],
    });
  });

  it('applicability: BL § 86 on 2024-06-01 carries 10-14 over from SEL § 41', () => {
    const row = answers.applicableRulings.find((entry: any) => entry.ruling.number === '10-14');
    expect(row).toMatchObject({ via: { ref: 'SEL § 41' }, direct: false });
  });

  it('practice: BL § 86 with its predecessor has decided cases, and the parts add up', () => {
    const stats = answers.practice;
    expect(stats.decided).toBeGreaterThan(0);
    const outcomes = stats.outcomes;
    expect(outcomes.upheld + outcomes.changed + outcomes.annulled + outcomes.remanded + outcomes.dismissed).toBe(
      stats.decided,
    );
    expect(stats.byYear.reduce((sum: number, year: any) => sum + year.decided, 0)).toBe(stats.decided);
  });
});

describe('every README example answers something on the seed', () => {
  it('has the read examples, the mutation example and the audit example', () => {
    expect(readExamples.length).toBeGreaterThanOrEqual(3);
    expect(mutationExample).toBeDefined();
    expect(auditExample).toBeDefined();
  });

  it('no read example answers an empty list or null, except that U-10-08 cites no ruling', () => {
    // citesRepealed warns of reliance on repealed rulings; U-10-08 relies on none, so [] is the answer.
    expect(perExample.flatMap((data) => emptyParts(data, ''))).toEqual(['old.status.citesRepealed']);
  });

  it('practice: byAuthority lists authorities with enough cases on the merits, reversal rates beside the national one', () => {
    const rows = answers.practice.byAuthority;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.onMerits).toBeGreaterThanOrEqual(5);
      expect(row.nationalRate).toBe(answers.practice.reversalRate);
    }
  });

  it('the mutation example records its consolidation, then changes what the README says it changes, and the audit example shows it', async () => {
    const recorded = await answer(mutationExample, EDITOR_KEY);
    expect(emptyParts(recorded, '')).toEqual([]);
    expect(recorded.recordConsolidation).toEqual({
      consolidationId: '2024-7',
      issued: [{ number: '7-24' }],
      repeals: [{ ruling: { number: '10-14' }, extent: 'FULL' }],
    });

    const applicable = (await answer(applicabilityExample)).applicableRulings.map((row: any) => row.ruling.number);
    expect(applicable).toContain('7-24');
    expect(applicable).not.toContain('10-14');

    const audit = await answer(auditExample.replace(/^#.*\n/, ''), EDITOR_KEY);
    expect(audit.auditTrail.edges.length).toBeGreaterThan(0);
    expect(audit.auditTrail.edges[0].node).toMatchObject({ operation: 'recordConsolidation', subject: 'editor-anna' });
  });
});
