import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTestBed } from '../support/test-bed';

// The README's read examples run against the reference seed (README command 1 loads it): each
// answers without errors and shows what the text around it promises.
const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const readExamples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)]
  .map((match) => match[1])
  .filter((text) => /^\s*(query\b|\{)/.test(text));

const answers: Record<string, any> = {};

const { api } = useTestBed({ seed: true });

beforeAll(async () => {
  for (const text of readExamples) {
    const { status, body } = await api.query(text);
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    Object.assign(answers, body.data);
  }
});

describe('README examples on the reference seed', () => {
  it('lineage: 51-19 replaces 10-18, and U-10-08 was no longer good law in 2020: repealed by 2019-51 (dated 2019) with 51-19 as successor', () => {
    expect(answers.ruling.replaces.map((step: any) => step.ruling.number)).toContain('10-18');
    expect(answers.old.status).toMatchObject({ status: 'REPEALED', repealedOn: '2019-01-01', repealedBy: { consolidationId: '2019-51' }, successors: [{ number: '51-19' }] });
  });

  it('applicability: BL § 86 on 2024-06-01 carries 10-14 over from SEL § 41', () => {
    const row = answers.applicableRulings.find((entry: any) => entry.ruling.number === '10-14');
    expect(row).toMatchObject({ via: { ref: 'SEL § 41' }, direct: false });
  });

  it('practice: BL § 86 with its predecessor has decided cases, and the parts add up', () => {
    const stats = answers.practice;
    expect(stats.decided).toBeGreaterThan(0);
    const outcomes = stats.outcomes;
    expect(outcomes.upheld + outcomes.changed + outcomes.annulled + outcomes.remanded + outcomes.dismissed).toBe(stats.decided);
    expect(stats.byYear.reduce((sum: number, year: any) => sum + year.decided, 0)).toBe(stats.decided);
  });
});
