import { EDITOR_KEY, testAuthConfig } from '../support/auth-fixture';
import { useTestBed } from '../support/test-bed';

// Issue 17, deliverable 7: reads and editing mutations in parallel for a few seconds, on the
// reference seed. No answer may be a 5xx or an error, every read sees a whole edit (a title some
// write set, never a mix), and afterwards the graph holds exactly what the acknowledged writes say.
const { db, api } = useTestBed({ seed: true, service: { auth: testAuthConfig() } });
const editor = { token: EDITOR_KEY };
const DURATION_MS = 5_000;
const READERS = 6;
const WRITERS = 2;

const READS: { name: string; run: () => Promise<{ status: number; body: any }> }[] = [
  { name: 'ruling', run: () => api.query('{ ruling(number: "51-19") { number replaces(maxDepth: 8) { depth } } }') },
  { name: 'search', run: () => api.query('{ searchRulings(text: "kompressionsstrømpe", first: 5) { totalCount } }') },
  {
    name: 'applicable',
    run: () =>
      api.query('{ applicableRulings(paragraph: "BL § 86", asOf: "2024-06-01") { ruling { number } direct } }'),
  },
  { name: 'practice', run: () => api.query('{ practice(filter: { paragraph: "BL § 86" }) { decided reversalRate } }') },
  { name: 'list', run: () => api.query('{ rulings(first: 20) { totalCount edges { node { number title } } } }') },
  { name: 'csv', run: () => api.get('/paragraph-overview/BL.csv?asOf=2024-06-01') },
];

const CREATE = `mutation ($input: NewRulingInput!) { createRuling(input: $input) { number title } }`;
const UPDATE = `mutation ($input: UpdateRulingInput!) { updateRuling(input: $input) { number title } }`;
const ownRuling = (writer: number) => `${900 + writer}-24`;

it('serves reads and editing mutations side by side with no 5xx and a consistent graph after', async () => {
  for (let writer = 0; writer < WRITERS; writer++) {
    const input = {
      number: ownRuling(writer),
      title: `Writer ${writer} edit 0`,
      decidedOn: '2024-01-02',
      area: 'children',
      paragraphs: ['BL § 86'],
    };
    expect((await api.query(CREATE, { input }, editor)).body.errors).toBeUndefined();
  }
  // Once each first: a cold service plans every statement on its first request, which would
  // make the few seconds below mostly planning.
  for (const read of READS) expect((await read.run()).status).toBe(200);
  await api.query(UPDATE, { input: { number: ownRuling(0), title: 'Writer 0 edit 0' } }, editor);
  const entriesBefore = (await db.executor.query<{ n: number }>('MATCH (a:AuditEntry) RETURN count(a) AS n'))[0].n;
  const failures: string[] = [];
  const acknowledged = Array.from({ length: WRITERS }, () => 0);
  const seenTitles = new Set<string>();
  let reads = 0;
  const deadline = Date.now() + DURATION_MS;

  const reader = async (index: number) => {
    for (let n = index; Date.now() < deadline; n++) {
      const read = READS[n % READS.length];
      const response = await read.run();
      reads++;
      if (response.status >= 500 || response.body?.errors) failures.push(`${read.name}: ${response.status}`);
      for (const edge of response.body?.data?.rulings?.edges ?? []) seenTitles.add(edge.node.title);
    }
  };
  const writer = async (index: number) => {
    for (let edit = 1; Date.now() < deadline; edit++) {
      // Each writer changes its own ruling in turn and, every third edit, creates a new one.
      const response =
        edit % 3 === 0
          ? await api.query(
              CREATE,
              {
                input: {
                  number: `${600 + edit}-${10 + index}`,
                  title: `Writer ${index} new ${edit}`,
                  decidedOn: `${2010 + index}-05-01`,
                  area: 'children',
                  paragraphs: ['BL § 86'],
                },
              },
              editor,
            )
          : await api.query(
              UPDATE,
              { input: { number: ownRuling(index), title: `Writer ${index} edit ${edit}` } },
              editor,
            );
      if (response.status >= 500 || response.body.errors) failures.push(`write ${index}/${edit}: ${response.status}`);
      else acknowledged[index] = edit;
    }
  };
  await Promise.all([
    ...Array.from({ length: READERS }, (_, i) => reader(i)),
    ...Array.from({ length: WRITERS }, (_, i) => writer(i)),
  ]);

  const writes = acknowledged.reduce((sum, n) => sum + n, 0);
  console.log(`${reads} reads and ${writes} writes in ${DURATION_MS} ms`);
  expect(failures).toEqual([]);
  expect(writes).toBeGreaterThan(WRITERS);

  // Every acknowledged write left one audit entry, and nothing else did.
  const entriesAfter = (await db.executor.query<{ n: number }>('MATCH (a:AuditEntry) RETURN count(a) AS n'))[0].n;
  expect(entriesAfter - entriesBefore).toBe(writes);
  for (let index = 0; index < WRITERS; index++) {
    const last = acknowledged[index];
    const lastUpdate = last % 3 === 0 ? last - 1 : last;
    const [own] = await db.executor.query<{ title: string; paragraphs: number }>(
      'MATCH (r:Ruling {number: $number}) RETURN r.title AS title, COUNT { (r)-[:INTERPRETS]->() } AS paragraphs',
      { number: ownRuling(index) },
    );
    expect(own).toEqual({ title: `Writer ${index} edit ${lastUpdate}`, paragraphs: 1 });
    const created = await db.executor.query<{ number: string }>(
      'MATCH (r:Ruling) WHERE r.title STARTS WITH $prefix RETURN r.number AS number',
      { prefix: `Writer ${index} new ` },
    );
    expect(created).toHaveLength(Math.floor(last / 3));
  }
  // Reads saw only what acknowledged writes set: never a title of a write that did not commit.
  for (const title of seenTitles) {
    const match = /^Writer (\d+) (?:edit|new) (\d+)$/.exec(title);
    if (match) expect(Number(match[2])).toBeLessThanOrEqual(acknowledged[Number(match[1])]);
  }
});
