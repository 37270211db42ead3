import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/shared/project-paths';

/** The build `npm start`, `npm run import` and `npm run db:reset` run first (only when sources changed). */
export function buildAsNpmScriptsDo(): void {
  const build = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src', 'cli', 'build-when-changed.js')], {
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment without any Neo4j setting, so a test states the ones its command gets. */
export function envWithoutNeo4j(): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('NEO4J_') && !name.startsWith('LOCAL_NEO4J_')),
  );
}

/** Runs a built command line program (dist/src/cli/<name>.js) as the npm script does. */
export function runBuiltCli(name: string, args: string[], env: Record<string, string | undefined>): Promise<CliRun> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'cli', `${name}.js`), ...args], {
    env,
    cwd: PROJECT_ROOT,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}
