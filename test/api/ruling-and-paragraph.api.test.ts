import { useTestBed } from '../support/test-bed';

const { db, api } = useTestBed({ seed: true });

describe('ruling(number)', () => {
  it('serves 51-19 from Neo4j with its paragraph and law', async () => {
    const { status, body } = await api.query(
      `{ ruling(number: "51-19") { number title area paragraphs { ref law { code } } } }`,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.ruling).toEqual({
      number: '51-19',
      title: expect.stringContaining('redning'),
      area: 'work-injury',
      paragraphs: [{ ref: 'ASL § 5', law: { code: 'ASL' } }],
    });
  });

  it('reflects a change made in the database, so the answer is not baked in', async () => {
    await db.executor.write((tx) => tx.run(`MATCH (r:Ruling {number: '51-19'}) SET r.title = 'Ændret i testen'`));
    const { body } = await api.query(`{ ruling(number: "51-19") { title } }`);
    expect(body.data!.ruling.title).toBe('Ændret i testen');
  });

  it('normalises the older numbering with the SM prefix', async () => {
    const { body } = await api.query(`{ ruling(number: "sm u-10-08") { number } }`);
    expect(body.data!.ruling).toEqual({ number: 'U-10-08' });
  });

  it('answers null for a well-formed number that is not in the graph', async () => {
    const { body } = await api.query(`{ ruling(number: "999-99") { number } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.ruling).toBeNull();
  });

  it('refuses a malformed number with BAD_USER_INPUT naming the expected forms, no stack trace', async () => {
    const { body } = await api.query(`{ ruling(number: "fifty-one") { number } }`);
    const [error] = body.errors!;
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/51-19/);
    expect(error.extensions!.stacktrace).toBeUndefined();
  });
});

describe('paragraph(ref)', () => {
  it.each(['BL § 86', 'barnets lov §86', 'Barnets Lov § 86', 'bl §86'])('finds BL § 86 written as %p', async (ref) => {
    const { body } = await api.query(
      `query($ref: String!) { paragraph(ref: $ref) { ref validFrom law { code shortTitle } } }`,
      { ref },
    );
    expect(body.data!.paragraph).toEqual({
      ref: 'BL § 86',
      validFrom: '2024-01-01',
      law: { code: 'BL', shortTitle: 'barnets lov' },
    });
  });

  it('refuses an unknown law with BAD_USER_INPUT listing accepted forms', async () => {
    const { body } = await api.query(`{ paragraph(ref: "fooloven § 3") { ref } }`);
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/SEL § 41/);
  });
});

describe('node(id)', () => {
  it('refetches a ruling by its global id', async () => {
    const { body } = await api.query(`{ ruling(number: "10-14") { id } }`);
    const { body: refetched } = await api.query(`query($id: ID!) { node(id: $id) { ... on Ruling { number } } }`, {
      id: body.data!.ruling.id,
    });
    expect(refetched.data!.node).toEqual({ number: '10-14' });
  });
});

describe('health and readiness', () => {
  it('reports alive and ready when Neo4j answers and migrations are applied', async () => {
    expect(await api.get('/health')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await api.get('/ready')).toEqual({ status: 200, body: { status: 'ready' } });
  });
});
