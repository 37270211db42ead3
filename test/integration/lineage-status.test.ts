import { LineageRepository } from '../../src/lineage/lineage.repository';
import { RulingStatusKind } from '../../src/lineage/ruling-status.type';
import { useTestBed } from '../support/test-bed';

const { db } = useTestBed({ seed: true, service: false });
const lineage = new LineageRepository(db.executor);

async function statusOf(number: string, asOf: string) {
  const [record] = await lineage.statuses([{ number: number, asOf: asOf }]);
  return record;
}

describe('status of a ruling on a date, on the real seed', () => {
  it('U-10-08 is REPEALED on 2020-01-01 by 2019-51, with 51-19 as successor', async () => {
    const status = await statusOf('U-10-08', '2020-01-01');
    expect(status).toMatchObject({
      number: 'U-10-08',
      asOf: '2020-01-01',
      status: RulingStatusKind.REPEALED,
      repealedOn: '2019-01-01',
      repealedBy: { id: '2019-51', kind: 'MERGE', containsNewPractice: false },
    });
    expect(status!.successors.map((ruling) => ruling.number)).toEqual(['51-19']);
    expect(status!.repeals).toEqual([expect.objectContaining({ extent: 'FULL', on: '2019-01-01' })]);
  });

  it('U-10-08 is IN_FORCE on 2015-01-01 with no successors', async () => {
    const status = await statusOf('U-10-08', '2015-01-01');
    expect(status).toMatchObject({
      status: RulingStatusKind.IN_FORCE,
      repealedOn: null,
      repealedBy: null,
      repeals: [],
      successors: [],
    });
  });

  it('U-10-08 is NOT_YET_ISSUED before its decision date 2008-01-01', async () => {
    expect((await statusOf('U-10-08', '2007-12-31'))!.status).toBe(RulingStatusKind.NOT_YET_ISSUED);
    expect((await statusOf('U-10-08', '2008-01-01'))!.status).toBe(RulingStatusKind.IN_FORCE);
  });

  it('a repeal takes effect on the consolidation date itself', async () => {
    expect((await statusOf('U-10-08', '2018-12-31'))!.status).toBe(RulingStatusKind.IN_FORCE);
    expect((await statusOf('U-10-08', '2019-01-01'))!.status).toBe(RulingStatusKind.REPEALED);
  });

  it('10-14 (SEL § 41, succeeded by BL § 86 on 2024-01-01): lawChanged false on 2023-06-01, true on 2024-06-01', async () => {
    const before = await statusOf('10-14', '2023-06-01');
    expect(before).toMatchObject({ lawChanged: false, changedParagraphs: [], status: RulingStatusKind.IN_FORCE });
    const after = await statusOf('10-14', '2024-06-01');
    expect(after!.lawChanged).toBe(true);
    expect(after!.changedParagraphs.map((paragraph) => paragraph.ref)).toEqual(['SEL § 41']);
  });

  it('null for a ruling the graph does not hold; keys answered in the order asked', async () => {
    const keys = [
      { number: '999-99', asOf: '2020-01-01' },
      { number: '51-19', asOf: '2020-01-01' },
      { number: 'U-10-08', asOf: '2015-01-01' },
    ];
    const records = await lineage.statuses(keys);
    expect(records.map((record) => record && `${record.number} ${record.status}`)).toEqual([
      null,
      '51-19 IN_FORCE',
      'U-10-08 IN_FORCE',
    ]);
  });
});
