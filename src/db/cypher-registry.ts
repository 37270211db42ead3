import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../shared/project-paths';

/**
 * Cypher lives in cypher/queries/<feature>/<name>.cypher, one statement per file, so it can be
 * read, reviewed and PROFILEd on its own. Each repository declares the names it uses; loading
 * them at import time makes a missing or misnamed file fail at start, not on a request.
 *
 * A domain rule that several statements need (a ruling's status on a date, a paragraph in force,
 * the projection of a node) is written once, in cypher/fragments/<name>.cypher, and included
 * where it is needed with `{{> name slot=value …}}`: the fragment's `{{slot}}` places take the
 * given values (a variable, `$parameter` or `key.property`; no spaces). Fragments may include
 * fragments. Other `{{…}}` places (`{{seek}}`, `{{orderBy}}`) are left for the caller to fill.
 */
export function loadQueries<const Names extends readonly string[]>(
  feature: string,
  names: Names,
): Record<Names[number], string> {
  const queries = {} as Record<Names[number], string>;
  for (const name of names as readonly Names[number][]) {
    const file = `cypher/queries/${feature}/${name}.cypher`;
    const code = expandIncludes(readCypher(join(CYPHER_DIR, 'queries', feature, `${name}.cypher`)), file, []);
    if (code.includes(';')) throw new Error(`${file} must hold exactly one statement`);
    queries[name] = code;
  }
  return queries;
}

/**
 * A statement kept outside cypher/queries/ (the bench's floor statements), read the same way:
 * includes expanded, comments dropped. `source` names it in errors.
 */
export function loadStatementFile(path: string, source: string): string {
  return expandIncludes(readCypher(path), source, []);
}

/**
 * One fragment with its slots filled, for statements assembled at run time (the query planner,
 * src/graphql/planner/): slot values are variable names and `$parameter` names the caller
 * chose, never user input. Expanded once per fragment and kept.
 */
export function renderFragment(name: string, values: Readonly<Record<string, string>>): string {
  let expanded = expandedFragments.get(name);
  if (expanded === undefined) {
    expanded = expandIncludes(readFragment(name), `cypher/fragments/${name}.cypher`, [name]);
    expandedFragments.set(name, expanded);
  }
  return fillSlots(expanded, values, `cypher/fragments/${name}.cypher`);
}

const expandedFragments = new Map<string, string>();

/** Fills a fragment's `{{slot}}` places; a slot left without a value is a programming error. */
function fillSlots(fragment: string, values: Readonly<Record<string, string>>, source: string): string {
  return fragment.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => {
    if (!(slot in values)) throw new Error(`${source}: no value for {{${slot}}}`);
    return values[slot];
  });
}

const INCLUDE = /\{\{>\s*([\w/-]+)((?:\s+\w+=(?:\{\{\w+\}\}|[^\s{}]+))*)\s*\}\}/g;

function expandIncludes(code: string, source: string, stack: readonly string[]): string {
  return code.replace(INCLUDE, (_, name: string, slotList: string) => {
    if (stack.includes(name)) throw new Error(`${source}: fragment ${name} includes itself`);
    const values = Object.fromEntries(
      slotList
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((pair) => pair.split('=') as [string, string]),
    );
    const fragmentFile = `cypher/fragments/${name}.cypher`;
    const expanded = expandIncludes(readFragment(name), fragmentFile, [...stack, name]);
    return fillSlots(expanded, values, `${source} (including ${fragmentFile})`);
  });
}

function readFragment(name: string): string {
  return readCypher(join(CYPHER_DIR, 'fragments', `${name}.cypher`));
}

/**
 * Comment lines and indentation are for readers, not for the wire: the driver sends a statement
 * in 1,400-byte chunks, and every chunk beyond the first costs a TCP round trip's worth of Nagle
 * delay, so the statement goes out as short as its meaning allows.
 */
function readCypher(path: string): string {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n')
    .replace(/;$/, '');
}
