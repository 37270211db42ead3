import { useTestBed } from '../support/test-bed';

/** One refused argument costs its own field only; Date arguments are named whether inline or variables. */

const { api } = useTestBed({ seed: true });

describe('partial results', () => {
  it('an error on one root field leaves the other answers in data, with the error at its path', async () => {
    const { status, body } = await api.query(`{
      good: ruling(number: "51-19") { number }
      bad: rulings(first: 500) { totalCount }
      alsoGood: applicableRulings(paragraph: "ASL § 5", asOf: "2020-01-01") { ruling { number } }
    }`);
    expect(status).toBe(200);
    expect(body.data!.good).toEqual({ number: '51-19' });
    expect(body.data!.bad).toBeNull();
    expect(body.data!.alsoGood.map((a: any) => a.ruling.number)).toEqual(['51-19', '52-19', '53-19']);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({ path: ['bad'], extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('Date arguments', () => {
  const impossible =
    'asOf: 2024-02-30 is an impossible date (day 30 does not exist in 2024-02). Date must be a date as YYYY-MM-DD, e.g. 2019-05-02';

  it('an impossible date inline is BAD_USER_INPUT naming the argument, and the rest is answered', async () => {
    const { status, body } = await api.query(`{
      ruling(number: "51-19") { number }
      applicableRulings(paragraph: "BL § 86", asOf: "2024-02-30") { direct }
    }`);
    expect(status).toBe(200);
    expect(body.data).toEqual({ ruling: { number: '51-19' }, applicableRulings: null });
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: impossible,
        path: ['applicableRulings'],
        extensions: { code: 'BAD_USER_INPUT', field: 'asOf', expected: 'a date as YYYY-MM-DD, e.g. 2019-05-02' },
      }),
    ]);
  });

  it('the same date as a variable gives the same error', async () => {
    const { status, body } = await api.query(
      `query($d: Date) { ruling(number: "51-19") { number } applicableRulings(paragraph: "BL § 86", asOf: $d) { direct } }`,
      { d: '2024-02-30' },
    );
    expect(status).toBe(200);
    expect(body.data).toEqual({ ruling: { number: '51-19' }, applicableRulings: null });
    expect(body.errors![0]).toMatchObject({
      message: impossible,
      path: ['applicableRulings'],
      extensions: { code: 'BAD_USER_INPUT', field: 'asOf' },
    });
  });

  it('a wrongly formatted date, inline or in an input object, names its path and the accepted form', async () => {
    const inline = await api.query('{ paragraphOverview(law: "BL", asOf: "1/6/2024") { paragraph { ref } } }');
    expect(inline.body.errors![0]).toMatchObject({
      message: 'asOf: "1/6/2024" is not in the form YYYY-MM-DD. Date must be a date as YYYY-MM-DD, e.g. 2019-05-02',
      extensions: { code: 'BAD_USER_INPUT', field: 'asOf' },
    });
    const nested = await api.query('query($f: RulingFilter) { rulings(filter: $f) { totalCount } }', {
      f: { decidedFrom: '2024-13-01' },
    });
    expect(nested.body.data).toEqual({ rulings: null });
    expect(nested.body.errors![0]).toMatchObject({
      message:
        'filter.decidedFrom: 2024-13-01 is an impossible date (month 13 does not exist). Date must be a date as YYYY-MM-DD, e.g. 2019-05-02',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.decidedFrom' },
    });
    const number = await api.query('{ rulings(filter: { decidedTo: 20240101 }) { totalCount } }');
    expect(number.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.decidedTo' } });
  });
});
