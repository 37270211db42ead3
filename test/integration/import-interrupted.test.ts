import { Neo4jExecutor, type Tx } from '../../src/db/executor';
import { ServiceUnavailableError } from '../../src/errors';
import { importNdjson } from '../../src/importer/importer';
import { graphFingerprint } from '../support/graph-fingerprint';
import { ndjsonFixture } from '../support/ndjson-fixture';
import { useTestBed } from '../support/test-bed';
import { baseRecords, standalone } from './lineage-fixtures';

// An import whose writing stops part-way says how many records are in and that running it again
// completes it; the re-run reaches the graph a clean import gives (issue 17, finding 9).

const { db } = useTestBed({ service: false });

/** The real executor, except that the database "goes away" after `writes` write transactions. */
class FailingAfter extends Neo4jExecutor {
  private left: number;
  constructor(base: Neo4jExecutor, writes: number) {
    super(base.driver);
    this.left = writes;
  }
  override write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.left-- <= 0) return Promise.reject(new ServiceUnavailableError());
    return super.write(work);
  }
}

it('stops with how many records are written, and a re-run completes it', async () => {
  const records = [...baseRecords(), ...standalone(12)];
  const fixture = ndjsonFixture(records);
  try {
    await db.clear();
    await importNdjson(db.executor, fixture.path, { batchSize: 5 });
    const clean = await graphFingerprint(db.executor);

    await db.clear();
    const interrupted = importNdjson(new FailingAfter(db.executor, 2), fixture.path, { batchSize: 5 });
    await expect(interrupted).rejects.toThrow(
      new RegExp(
        `^Import stopped after 10 of ${records.length} records were written \\(each batch is committed whole\\): The database is not reachable`,
      ),
    );
    await expect(importNdjson(new FailingAfter(db.executor, 2), fixture.path, { batchSize: 5 })).rejects.toThrow(
      /Run the same import again to complete it/,
    );

    await importNdjson(db.executor, fixture.path, { batchSize: 5 });
    expect(await graphFingerprint(db.executor)).toEqual(clean);
  } finally {
    fixture.remove();
  }
});
