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
 * A fragment's optional sections (`{{#part}}…{{/part}}`, `{{^part}}…{{/part}}`) are for the
 * query planner, which keeps only those its query asks for (FragmentNarrowing below).
 */
export function loadQueries<const Names extends readonly string[]>(
  feature: string,
  names: Names,
): Record<Names[number], string> {
  const queries = {} as Record<Names[number], string>;
  for (const name of names as readonly Names[number][]) {
    const file = `cypher/queries/${feature}/${name}.cypher`;
    const code = expand(readQuery(feature, name), file, []);
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
  return expand(readCypher(path), source, []);
}

/**
 * How a statement assembled at run time narrows the fragments it includes to what its query
 * asks. A fragment's optional sections `{{#name}}…{{/name}}` are kept only where `parts` holds
 * `name`, and `{{^name}}…{{/name}}` only where it does not; a projection fragment
 * (cypher/fragments/projection/) projects only the properties given for it. Statements read
 * from files are never narrowed: every `{{#…}}` section is kept and every `{{^…}}` one dropped,
 * every projection is whole.
 */
export interface FragmentNarrowing {
  parts: ReadonlySet<string>;
  properties: Readonly<Partial<Record<string, readonly string[]>>>;
}

/**
 * One fragment with its slots filled, for statements assembled at run time (the query planner,
 * src/graphql/planner/): slot values are variable names and `$parameter` names the caller
 * chose, never user input. Expanded once per fragment and narrowing, and kept.
 */
export function renderFragment(
  name: string,
  values: Readonly<Record<string, string>>,
  narrowing?: FragmentNarrowing,
): string {
  const source = `cypher/fragments/${name}.cypher`;
  const expanded = cachedExpansion(source, narrowing, () => expand(readFragment(name), source, [name], narrowing));
  return fillSlots(expanded, values, source);
}

/**
 * A statement of cypher/queries/ narrowed (FragmentNarrowing), for a repository that knows
 * which of its optional sections a request needs (the search filters a request sets).
 * Expanded once per narrowing and kept; other `{{…}}` places are left for the caller.
 */
export function narrowedQuery(feature: string, name: string, narrowing: FragmentNarrowing): string {
  const file = `cypher/queries/${feature}/${name}.cypher`;
  return cachedExpansion(file, narrowing, () => expand(readQuery(feature, name), file, [], narrowing));
}

const expansions = new Map<string, string>();
const MAX_EXPANSIONS = 1_000;

/** A file's expansion under a narrowing, made once and kept. */
function cachedExpansion(file: string, narrowing: FragmentNarrowing | undefined, make: () => string): string {
  const key = narrowing
    ? JSON.stringify([file, [...narrowing.parts].sort(), Object.entries(narrowing.properties).sort()])
    : file;
  let expanded = expansions.get(key);
  if (expanded === undefined) {
    expanded = make();
    // Narrowings come from the schema's fields, so they are few; a bound keeps it so regardless.
    if (expansions.size >= MAX_EXPANSIONS) expansions.clear();
    expansions.set(key, expanded);
  }
  return expanded;
}

/** Includes expanded (narrowed where a narrowing is given), then the optional sections applied. */
function expand(code: string, source: string, stack: readonly string[], narrowing?: FragmentNarrowing): string {
  return applySections(expandIncludes(code, source, stack, narrowing), narrowing);
}

/** Fills a fragment's `{{slot}}` places; a slot left without a value is a programming error. */
function fillSlots(fragment: string, values: Readonly<Record<string, string>>, source: string): string {
  return fragment.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => {
    if (!(slot in values)) throw new Error(`${source}: no value for {{${slot}}}`);
    return values[slot];
  });
}

const SECTION = /\{\{([#^])(\w+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;

/** Keeps or drops the optional sections (FragmentNarrowing); sections may hold other sections. */
function applySections(code: string, narrowing: FragmentNarrowing | undefined): string {
  let previous: string;
  do {
    previous = code;
    code = code.replace(SECTION, (_, kind: string, part: string, body: string) => {
      const chosen = narrowing ? narrowing.parts.has(part) : true;
      return (kind === '#') === chosen ? body : '';
    });
  } while (code !== previous);
  return code.replace(/\n{2,}/g, '\n');
}

const INCLUDE = /\{\{>\s*([\w/-]+)((?:\s+\w+=(?:\{\{\w+\}\}|[^\s{}]+))*)\s*\}\}/g;

function expandIncludes(code: string, source: string, stack: readonly string[], narrowing?: FragmentNarrowing): string {
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
    const fragment = narrowedProjection(name, narrowing) ?? readFragment(name);
    const expanded = expandIncludes(fragment, fragmentFile, [...stack, name], narrowing);
    return fillSlots(expanded, values, `${source} (including ${fragmentFile})`);
  });
}

/**
 * A projection fragment (`{{node}} {.a, .b, …}`) cut to the properties a narrowing gives for
 * it, in the fragment's order; null where it gives none. Only the fragment's own properties can
 * be kept: a name it does not project is a programming error, never a way to read another one.
 */
function narrowedProjection(name: string, narrowing: FragmentNarrowing | undefined): string | null {
  const kept = narrowing?.properties[name];
  if (kept === undefined) return null;
  const projected = projectedProperties(name);
  const unknown = kept.filter((property) => !projected.includes(property));
  if (unknown.length > 0) throw new Error(`cypher/fragments/${name}.cypher projects no ${unknown.join(', ')}`);
  return `{{node}} {${projected
    .filter((property) => kept.includes(property))
    .map((p) => `.${p}`)
    .join(', ')}}`;
}

/** The properties a projection fragment (cypher/fragments/projection/) projects, in its order. */
export function projectedProperties(name: string): string[] {
  return [...readFragment(name).matchAll(/\.(\w+)/g)].map((match) => match[1]);
}

function readQuery(feature: string, name: string): string {
  return readCypher(join(CYPHER_DIR, 'queries', feature, `${name}.cypher`));
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
