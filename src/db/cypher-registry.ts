import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../shared/project-paths';

/**
 * Cypher lives in cypher/queries/<feature>/<name>.cypher, one statement per file, so it can be
 * read, reviewed and PROFILEd on its own. Each repository declares the names it uses; loading
 * them at import time makes a missing or misnamed file fail at start, not on a request.
 */
export function loadQueries<const Names extends readonly string[]>(
  feature: string,
  names: Names,
): Record<Names[number], string> {
  const queries = {} as Record<Names[number], string>;
  for (const name of names as readonly Names[number][]) {
    const text = readFileSync(join(CYPHER_DIR, 'queries', feature, `${name}.cypher`), 'utf8').trim();
    // Comment lines and indentation are for readers, not for the wire: the driver sends a
    // statement in 1,400-byte chunks, and every chunk beyond the first costs a TCP round trip's
    // worth of Nagle delay, so the statement goes out as short as its meaning allows.
    const code = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('//'))
      .join('\n')
      .replace(/;$/, '');
    if (code.includes(';')) {
      throw new Error(`cypher/queries/${feature}/${name}.cypher must hold exactly one statement`);
    }
    queries[name] = code;
  }
  return queries;
}
