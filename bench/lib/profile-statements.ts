import type { Driver, ProfiledPlan } from 'neo4j-driver';

/** PROFILE figures of the statements one request sent. */
export interface StatementProfile {
  statements: number;
  /** Sum over the statements of every operator's db hits. */
  dbHits: number;
  /** Sum over the statements of the rows their plans produced at the root. */
  rows: number;
}

/** PROFILE goes after the leading `CYPHER 5` line @neo4j/graphql puts before its statements. */
function profiled(query: string): string {
  const options = /^(\s*CYPHER\b[^\n]*\n)*/.exec(query)![0];
  return `${options}PROFILE ${query.slice(options.length)}`;
}

function hitsOf(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + hitsOf(child), 0);
}

/**
 * PROFILEs statements captured from one request (timed-driver.ts), with their own parameters,
 * each in a read transaction of its own on the plain driver (so nothing is timed or captured),
 * outside any timed loop. db hits are Neo4j's count of storage accesses: the same work whatever
 * the load of the machine, so they compare the variants' statements where times are noisy.
 */
export async function profileStatements(
  driver: Driver,
  database: string | undefined,
  statements: { query: string; params: Record<string, unknown> }[],
): Promise<StatementProfile> {
  const total: StatementProfile = { statements: statements.length, dbHits: 0, rows: 0 };
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    for (const { query, params } of statements) {
      const result = await session.executeRead((tx) => tx.run(profiled(query), params));
      const plan = result.summary.profile;
      if (plan) {
        total.dbHits += hitsOf(plan);
        total.rows += plan.rows;
      }
    }
  } finally {
    await session.close();
  }
  return total;
}
