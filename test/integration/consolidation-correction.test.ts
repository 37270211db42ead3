import { importRecords } from '../support/ndjson-fixture';
import { useTestBed } from '../support/test-bed';

/**
 * A corrected consolidation record replaces its ISSUED, REPEALS and derived REPLACES links
 * whole. The stale REPLACES are found from the consolidation's ISSUED links (not by scanning
 * every REPLACES in the graph), so this pins down that nothing is left behind that way.
 */

const { db } = useTestBed({ service: false });

const BASE = [
  { kind: 'law', id: 'XW', title: 'Testlov W', shortTitle: 'testlov w' },
  { kind: 'paragraph', ref: 'XW § 1', validFrom: '2010-01-01' },
  ...['1-19', '2-19', '3-20', '4-20'].map((number) => ({
    kind: 'ruling',
    number,
    title: `Afgørelse ${number}`,
    decidedOn: `20${number.slice(-2)}-02-01`,
    area: 'social',
    paragraphs: ['XW § 1'],
  })),
];

const consolidation = (issued: string[], repeals: { ruling: string; extent: string }[]) => ({
  kind: 'consolidation',
  id: 'K-1',
  decidedOn: '2021-01-01',
  type: 'MERGE',
  issued,
  repeals,
  containsNewPractice: false,
});

async function links() {
  const [row] = await db.executor.query(
    `MATCH (c:Consolidation {id: 'K-1'})
     RETURN COLLECT { MATCH (c)-[:ISSUED]->(r) RETURN r.number ORDER BY r.number } AS issued,
            COLLECT { MATCH (c)-[x:REPEALS]->(r) RETURN r.number + ' ' + x.extent ORDER BY r.number } AS repeals,
            COLLECT { MATCH (n:Ruling)-[x:REPLACES]->(o:Ruling) RETURN n.number + '>' + o.number + ' ' + x.extent + ' ' + x.consolidation ORDER BY n.number, o.number } AS replaces`,
  );
  return row;
}

describe('a corrected consolidation record', () => {
  it('replaces the ISSUED, REPEALS and REPLACES links of the earlier one, and importing it twice changes nothing', async () => {
    await importRecords(db.executor, [
      ...BASE,
      consolidation(
        ['3-20'],
        [
          { ruling: '1-19', extent: 'FULL' },
          { ruling: '2-19', extent: 'PARTIAL' },
        ],
      ),
    ]);
    expect(await links()).toEqual({
      issued: ['3-20'],
      repeals: ['1-19 FULL', '2-19 PARTIAL'],
      replaces: ['3-20>1-19 FULL K-1', '3-20>2-19 PARTIAL K-1'],
    });
    await importRecords(db.executor, [consolidation(['4-20'], [{ ruling: '1-19', extent: 'PARTIAL' }])]);
    const corrected = { issued: ['4-20'], repeals: ['1-19 PARTIAL'], replaces: ['4-20>1-19 PARTIAL K-1'] };
    expect(await links()).toEqual(corrected);
    const before = await db.counts();
    await importRecords(db.executor, [consolidation(['4-20'], [{ ruling: '1-19', extent: 'PARTIAL' }])]);
    expect(await links()).toEqual(corrected);
    expect(await db.counts()).toEqual(before);
  });
});
