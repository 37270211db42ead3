import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { WEB_DIST_DIR } from '../../src/web/explorer';

// What the web build reads: its sources, the SDL its operations are typed from, and the README
// whose examples GraphiQL preloads.
const INPUTS = [
  join(PROJECT_ROOT, 'web'),
  join(PROJECT_ROOT, 'schema', 'schema.graphql'),
  join(PROJECT_ROOT, 'README.md'),
];
const SKIPPED = new Set(['dist', 'gql', 'node_modules']);

function newestModification(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path)
      .filter((name) => !SKIPPED.has(name))
      .map((name) => newestModification(join(path, name))),
  );
}

/** Builds web/dist (npm run build:web) when it is missing or older than what it is built from. */
export function ensureWebBuild(): void {
  const built = join(WEB_DIST_DIR, 'index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...INPUTS.map(newestModification))) return;
  execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}
