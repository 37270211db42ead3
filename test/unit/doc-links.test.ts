import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/shared/project-paths';

// The project's documentation must be readable from a clone alone: every relative link in a
// Markdown file points at a file of the repository, and nothing refers to the background
// material outside it (../shared) that is not shipped.
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.neo4j', '.git', 'coverage']);

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : filesUnder(join(dir, entry.name), keep);
    return keep(entry.name) ? [join(dir, entry.name)] : [];
  });
}

interface Reference {
  file: string;
  line: number;
  target: string;
}

/** Relative link targets: [text](target) and `path/to/file.md` in code spans. */
function relativeReferences(file: string, text: string): Reference[] {
  const found: Reference[] = [];
  text.split('\n').forEach((content, index) => {
    const targets = [
      ...[...content.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]),
      ...[...content.matchAll(/`([\w.-]+\/[\w./-]*\.md)`/g)].map((match) => match[1]),
    ];
    for (const target of targets) {
      if (/^[a-z][a-z+.-]*:/i.test(target) || target.startsWith('#')) continue;
      found.push({ file, line: index + 1, target: target.split('#')[0] });
    }
  });
  return found;
}

function exists(reference: Reference): boolean {
  if (reference.target === '') return true;
  const fromFile = resolve(dirname(reference.file), reference.target);
  // Code spans often name a path from the repository root (`bench/README.md`).
  return (
    existsSync(fromFile) || (!reference.target.startsWith('.') && existsSync(resolve(PROJECT_ROOT, reference.target)))
  );
}

const where = (file: string, line: number) => `${relative(PROJECT_ROOT, file)}:${line}`;
const markdownFiles = filesUnder(PROJECT_ROOT, (name) => name.endsWith('.md'));

describe('documentation links', () => {
  it('finds the Markdown files to check', () => {
    const names = markdownFiles.map((file) => relative(PROJECT_ROOT, file));
    expect(names).toEqual(
      expect.arrayContaining([
        'README.md',
        'docs/domain.md',
        'docs/graph-model.md',
        'docs/import-format.md',
        'docs/architecture.md',
      ]),
    );
  });

  it('every relative link in a Markdown file points at a file of the repository', () => {
    const broken = markdownFiles
      .flatMap((file) => relativeReferences(file, readFileSync(file, 'utf8')))
      .filter((reference) => !exists(reference))
      .map((reference) => `${where(reference.file, reference.line)} -> ${reference.target}`);
    expect(broken).toEqual([]);
  });

  it('nothing in README.md, docs, seed or src refers to material outside the repository (../shared)', () => {
    const scanned = [
      join(PROJECT_ROOT, 'README.md'),
      ...['docs', 'seed', 'src'].flatMap((dir) => filesUnder(join(PROJECT_ROOT, dir), () => true)),
    ];
    const outside = scanned.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((content, index) =>
          /\.\.\/shared\/(DESIGN|data)|shared\/data\//.test(content)
            ? [`${where(file, index + 1)}: ${content.trim()}`]
            : [],
        ),
    );
    expect(outside).toEqual([]);
  });

  it('the check itself finds a broken link and names file and line', () => {
    const [reference] = relativeReferences(
      join(PROJECT_ROOT, 'docs', 'x.md'),
      'text\nsee [the model](no-such-file.md#labels)',
    );
    expect(reference).toMatchObject({ line: 2, target: 'no-such-file.md' });
    expect(exists(reference)).toBe(false);
    expect(exists({ ...reference, target: 'graph-model.md' })).toBe(true);
  });
});
