import { useTestBed } from '../support/test-bed';
import { baseRecords, FIXTURE_PARAGRAPH } from '../integration/lineage-fixtures';

/**
 * Ruling.status(asOf) { flag flagLabel reasons dateApproximate }: the citator badge composed from
 * the status, over a small graph with one ruling of each kind.
 */

const ruling = (number: string, decidedOn: string, extra: object = {}) => ({
  kind: 'ruling',
  number,
  title: `Citator ${number}`,
  decidedOn,
  area: 'work-injury',
  paragraphs: [FIXTURE_PARAGRAPH],
  ...extra,
});

const { api } = useTestBed({
  records: [
    ...baseRecords(),
    { kind: 'paragraph', ref: 'ASL § 6', title: 'Gammel', validFrom: '2000-01-01', validTo: '2015-12-31' },
    ruling('901-10', '2010-03-04'),
    ruling('902-10', '2010-05-06'),
    ruling('903-12', '2012-01-01', { cites: ['902-10'] }),
    ruling('904-12', '2012-02-02', { paragraphs: ['ASL § 6'] }),
    ruling('905-14', '2014-06-17', { datePrecision: 'MONTH' }),
    ruling('906-13', '2013-01-01', { datePrecision: 'YEAR' }),
    ruling('907-20', '2020-02-02'),
    {
      kind: 'consolidation',
      id: 'T-1',
      decidedOn: '2020-02-02',
      type: 'MERGE',
      issued: ['907-20'],
      repeals: [
        { ruling: '901-10', extent: 'FULL' },
        { ruling: '902-10', extent: 'PARTIAL' },
      ],
      containsNewPractice: false,
    },
  ],
});

async function statusOf(number: string, asOf: string) {
  const { body } = await api.query(
    `query($n: String!, $asOf: Date) {
    ruling(number: $n) { decidedOn datePrecision status(asOf: $asOf) { status flag flagLabel reasons { code label } dateApproximate } }
  }`,
    { n: number, asOf },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.ruling;
}

describe('citator flag', () => {
  it('GOOD_LAW "Gældende" with no reasons for a ruling in force with nothing to warn of', async () => {
    const { status } = await statusOf('907-20', '2024-01-01');
    expect(status).toEqual({
      status: 'IN_FORCE',
      flag: 'GOOD_LAW',
      flagLabel: 'Gældende',
      reasons: [],
      dateApproximate: false,
    });
  });

  it('OVERRULED "Ophævet" with REPEALED_BY naming the consolidation and date', async () => {
    const { status } = await statusOf('901-10', '2024-01-01');
    expect(status).toMatchObject({ status: 'REPEALED', flag: 'OVERRULED', flagLabel: 'Ophævet' });
    expect(status.reasons).toEqual([{ code: 'REPEALED_BY', label: 'Ophævet ved sammenskrivning T-1 den 2020-02-02.' }]);
  });

  it('the same ruling is GOOD_LAW the day before its repeal', async () => {
    expect((await statusOf('901-10', '2020-02-01')).status.flag).toBe('GOOD_LAW');
  });

  it('CAUTION "Delvist ophævet" with PARTIALLY_REPEALED for a partly repealed ruling', async () => {
    const { status } = await statusOf('902-10', '2024-01-01');
    expect(status).toMatchObject({ status: 'PARTIALLY_REPEALED', flag: 'CAUTION', flagLabel: 'Delvist ophævet' });
    expect(status.reasons.map((r: { code: string }) => r.code)).toEqual(['PARTIALLY_REPEALED']);
    expect(status.reasons[0].label).toContain('T-1');
  });

  it('CAUTION "Gældende – bemærk" with CITES_REPEALED for a ruling in force that cites repealed practice', async () => {
    const { status } = await statusOf('903-12', '2024-01-01');
    expect(status).toMatchObject({ status: 'IN_FORCE', flag: 'CAUTION', flagLabel: 'Gældende – bemærk' });
    expect(status.reasons).toEqual([
      { code: 'CITES_REPEALED', label: 'Henviser til ophævet eller delvist ophævet praksis: 902-10.' },
    ]);
    // Before the partial repeal the cited ruling was whole, so nothing to warn of.
    expect((await statusOf('903-12', '2019-12-31')).status.flag).toBe('GOOD_LAW');
  });

  it('CAUTION with LAW_CHANGED once a paragraph it interprets has ended', async () => {
    const { status } = await statusOf('904-12', '2016-06-01');
    expect(status).toMatchObject({ status: 'IN_FORCE', flag: 'CAUTION', flagLabel: 'Gældende – bemærk' });
    expect(status.reasons).toEqual([
      { code: 'LAW_CHANGED', label: 'Loven er ændret siden afgørelsen: ASL § 6 er afløst eller ophørt.' },
    ]);
  });

  it('NOT_YET_IN_FORCE "Ikke udsendt endnu" before the decision', async () => {
    const { status } = await statusOf('907-20', '2020-02-01');
    expect(status).toEqual({
      status: 'NOT_YET_ISSUED',
      flag: 'NOT_YET_IN_FORCE',
      flagLabel: 'Ikke udsendt endnu',
      reasons: [],
      dateApproximate: false,
    });
  });

  it('a ruling known to the month (given as 2014-06-17) is stored as 2014-06-01 and issued throughout June', async () => {
    const early = await statusOf('905-14', '2014-06-02');
    expect(early.decidedOn).toBe('2014-06-01');
    expect(early.datePrecision).toBe('MONTH');
    expect(early.status).toMatchObject({ status: 'IN_FORCE', flag: 'GOOD_LAW', dateApproximate: true });
    expect((await statusOf('905-14', '2014-06-30')).status).toMatchObject({
      status: 'IN_FORCE',
      dateApproximate: true,
    });
    expect((await statusOf('905-14', '2014-07-01')).status).toMatchObject({
      status: 'IN_FORCE',
      dateApproximate: false,
    });
    expect((await statusOf('905-14', '2014-05-31')).status).toMatchObject({
      status: 'NOT_YET_ISSUED',
      dateApproximate: false,
    });
  });

  it('a ruling known to the year is approximate on any day of that year only', async () => {
    expect((await statusOf('906-13', '2013-01-01')).status).toMatchObject({
      status: 'IN_FORCE',
      dateApproximate: true,
    });
    expect((await statusOf('906-13', '2013-12-31')).status).toMatchObject({
      status: 'IN_FORCE',
      dateApproximate: true,
    });
    expect((await statusOf('906-13', '2014-01-01')).status).toMatchObject({
      status: 'IN_FORCE',
      dateApproximate: false,
    });
    expect((await statusOf('906-13', '2012-12-31')).status).toMatchObject({
      status: 'NOT_YET_ISSUED',
      dateApproximate: false,
    });
  });
});
