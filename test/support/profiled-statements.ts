import type { Driver, ProfiledPlan } from 'neo4j-driver';
import { Neo4jExecutor, type Params } from '../../src/db/executor';

/** An executor that remembers each statement it sends, so a test can PROFILE exactly what code sent. */
export class RecordingExecutor extends Neo4jExecutor {
  readonly statements: { cypher: string; params: Params }[] = [];

  constructor(driver: Driver) {
    super(driver);
  }

  override query<Row = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<Row[]> {
    this.statements.push({ cypher, params });
    return super.query<Row>(cypher, params);
  }
}

function sumDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + sumDbHits(child), 0);
}

/**
 * Database hits of one statement as Neo4j's PROFILE counts them: a measure of the work a
 * statement does that, unlike its run time, does not depend on how busy the machine is.
 */
export async function profiledDbHits(driver: Driver, statement: { cypher: string; params: Params }): Promise<number> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`PROFILE ${statement.cypher}`, statement.params);
    if (!result.summary.profile) throw new Error('PROFILE returned no plan');
    return sumDbHits(result.summary.profile);
  } finally {
    await session.close();
  }
}
