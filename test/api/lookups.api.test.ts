import { useTestBed } from '../support/test-bed';
import { AREAS } from '../../src/importer/import-schema';

/** Lookups for drop-downs (laws, law paragraphs, authorities, reasons, areas) and node(id). */

const { db, api } = useTestBed({ seed: true });

async function data(query: string, variables?: Record<string, unknown>) {
  const { body } = await api.query(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

describe('lookups', () => {
  it('laws lists every law by code, as stored', async () => {
    const { laws } = await data('{ laws { code shortTitle } }');
    const stored = await db.executor.query<{ id: string }>('MATCH (l:Law) RETURN l.id AS id ORDER BY id');
    expect(laws.map((law: { code: string }) => law.code)).toEqual(stored.map((row) => row.id));
    expect(laws).toContainEqual({ code: 'SEL', shortTitle: 'serviceloven' });
  });

  it('law(id) by code, name or global id gives its paragraphs in paragraph order; null for an unknown law', async () => {
    const byCode = await data('{ law(id: "SEL") { id code paragraphs { ref } } }');
    const stored = await db.executor.query<{ ref: string }>(
      "MATCH (p:Paragraph {lawId: 'SEL'}) RETURN p.ref AS ref ORDER BY p.sortKey, p.ref",
    );
    expect(byCode.law.paragraphs.map((p: { ref: string }) => p.ref)).toEqual(stored.map((row) => row.ref));
    expect(byCode.law.paragraphs.map((p: { ref: string }) => p.ref).slice(0, 2)).toEqual(['SEL § 41', 'SEL § 42']);
    expect((await data('{ law(id: "barnets lov") { code } }')).law).toEqual({ code: 'BL' });
    expect((await data(`{ law(id: "${byCode.law.id}") { code } }`)).law).toEqual({ code: 'SEL' });
    expect((await data('{ law(id: "fooloven") { code } }')).law).toBeNull();
  });

  it('authorities pages by name, forward and backward, and filters by kind', async () => {
    const stored = await db.executor.query<{ code: string; kind: string }>(
      'MATCH (a:Authority) RETURN a.code AS code, a.kind AS kind ORDER BY a.name, a.code',
    );
    const PAGE = `query($kind: AuthorityKind, $first: Int, $after: String, $last: Int, $before: String) {
      authorities(kind: $kind, first: $first, after: $after, last: $last, before: $before) {
        edges { node { code kind } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { authorities } = await data(PAGE, { first: 7, after });
      forward.push(...authorities.edges.map((e: any) => e.node.code));
      if (!authorities.pageInfo.hasNextPage) break;
      after = authorities.pageInfo.endCursor;
    }
    expect(forward).toEqual(stored.map((row) => row.code));
    const tail = (await data(PAGE, { last: 3 })).authorities;
    expect(tail.edges.map((e: any) => e.node.code)).toEqual(stored.slice(-3).map((row) => row.code));
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: stored.length > 3, hasNextPage: false });
    const municipalities = (await data(PAGE, { kind: 'MUNICIPALITY', first: 100 })).authorities.edges;
    expect(municipalities.map((e: any) => e.node.code)).toEqual(
      stored.filter((row) => row.kind === 'MUNICIPALITY').map((row) => row.code),
    );
    expect(municipalities.length).toBeGreaterThan(0);
  });

  it('reversalReasons and areas list the vocabularies', async () => {
    const { reversalReasons, areas } = await data('{ reversalReasons { code label } areas { id label } }');
    const stored = await db.executor.query<{ code: string }>(
      'MATCH (r:ReversalReason) RETURN r.code AS code ORDER BY code',
    );
    expect(reversalReasons.map((r: { code: string }) => r.code)).toEqual(stored.map((row) => row.code));
    expect(areas.map((a: { id: string }) => a.id)).toEqual([...AREAS]);
    expect(areas).toContainEqual({ id: 'children', label: 'Børn og unge' });
  });

  it('an area outside the vocabulary is refused everywhere with the accepted values listed', async () => {
    const accepted = AREAS.join(', ');
    for (const query of [
      '{ rulings(filter: { area: "gardening" }) { totalCount } }',
      '{ searchRulings(text: "hjælp", filter: { area: "gardening" }) { totalCount } }',
      '{ practice(filter: { area: "gardening" }) { decided } }',
    ]) {
      const { body } = await api.query(query);
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(body.errors![0])).toContain(`must be one of: ${accepted}`);
    }
  });
});

describe('node(id)', () => {
  it('refetches every type that implements Node, ComplaintCase included, by its id', async () => {
    const ids = await data(`{
      ruling(number: "51-19") { id number complaintCases(first: 1) { edges { node { id caseId } } } }
      paragraph(ref: "SEL § 41") { id }
      law(id: "SEL") { id }
      consolidation(id: "2019-51") { id }
    }`);
    const caseEdge = ids.ruling.complaintCases.edges[0];
    const targets = [
      ids.ruling.id,
      ids.paragraph.id,
      ids.law.id,
      ids.consolidation.id,
      ...(caseEdge ? [caseEdge.node.id] : []),
    ];
    const { body } = await api.query(
      `query($ids: [ID!]!) { ${targets.map((_, i) => `n${i}: node(id: $ids_${i}) { __typename id }`).join(' ')} }`.replace(
        'query($ids: [ID!]!)',
        `query(${targets.map((_, i) => `$ids_${i}: ID!`).join(', ')})`,
      ),
      Object.fromEntries(targets.map((id, i) => [`ids_${i}`, id])),
    );
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data!).map((n: any) => n.id)).toEqual(targets);
  });

  it('finds a complaint case by its global id', async () => {
    const [{ caseId }] = await db.executor.query<{ caseId: string }>(
      'MATCH (c:ComplaintCase) RETURN c.id AS caseId ORDER BY caseId LIMIT 1',
    );
    const id = Buffer.from(`ComplaintCase:${caseId}`).toString('base64url');
    expect(
      (await data(`{ node(id: "${id}") { __typename id ... on ComplaintCase { caseId outcome } } }`)).node,
    ).toMatchObject({ __typename: 'ComplaintCase', id, caseId });
  });

  it('answers null for ids of types that do not implement Node, and for garbage', async () => {
    const authority = Buffer.from('Authority:101').toString('base64url');
    expect((await data(`{ node(id: "${authority}") { id } }`)).node).toBeNull();
    expect((await data('{ node(id: "bm9wZQ") { id } }')).node).toBeNull();
  });
});
