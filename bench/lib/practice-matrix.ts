import { join } from 'node:path';
import { loadStatementFile } from '../../src/db/cypher-registry';
import { CYPHER_DIR, PROJECT_ROOT } from '../../src/shared/project-paths';

/**
 * The municipality × year table as one statement, for the floor (a) and the @neo4j/graphql
 * variant (d), which has no other way to say it than one @cypher statement: the API's own
 * cells-by-period.cypher for the national filter by authority and year, then
 * bench/floor/practice-matrix.cypher to roll the years up per authority. Composed, not copied,
 * so the floor counts and rates each cell by the same definitions the API does.
 */
export const MATRIX_AUTHORITIES = 120;

// The API's "UNWIND $filters AS f" with the one filter it sends for practice(filter: {}) by
// authority and year written in (an UNWIND, not a WITH: @neo4j/graphql runs the statement in a
// CALL subquery, whose first WITH may only import variables).
const NATIONAL_BY_AUTHORITY_AND_YEAR =
  "UNWIND [{key: 'matrix', cellLaw: '*', authority: null, area: null, fromYear: null, toYear: null, byAuthority: true, quarters: false}] AS f";

function compose(): string {
  const periods = loadStatementFile(
    join(CYPHER_DIR, 'queries', 'practice', 'cells-by-period.cypher'),
    'cypher/queries/practice/cells-by-period.cypher',
  );
  const tail = loadStatementFile(
    join(PROJECT_ROOT, 'bench', 'floor', 'practice-matrix.cypher'),
    'bench/floor/practice-matrix.cypher',
  );
  const head = 'UNWIND $filters AS f';
  const last = 'RETURN key, collect([';
  if (!periods.startsWith(head) || !periods.includes(last))
    throw new Error('cells-by-period.cypher no longer has the shape bench/lib/practice-matrix.ts composes');
  return [
    NATIONAL_BY_AUTHORITY_AND_YEAR,
    periods.slice(head.length).trim().replace(last, 'WITH key, collect(['),
    tail,
  ].join('\n');
}

export const PRACTICE_MATRIX_CYPHER = compose();
