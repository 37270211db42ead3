#!/usr/bin/env node
// `npm start`, `npm run import` and the other commands that run the build run this instead of
// `npm run build`: it runs a build only when one of its inputs changed since its last successful
// run. Even incremental, tsc parses every file of the program (about 10 s on a busy 2-core
// machine) just to find that nothing changed, and the explorer's Vite build takes longer still;
// hashing the inputs takes some milliseconds. Plain JavaScript, because it runs before anything
// is compiled. `--web` also builds the explorer (web/), for `npm start`.
'use strict';
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..', '..');

const TARGETS = {
  // What tsconfig.build.json compiles (src, seed) and what decides how: configs and the lock file.
  service: {
    dirs: ['src', 'seed'],
    files: ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    output: join('dist', 'src', 'main.js'),
    stamp: join('dist', '.build-inputs'),
    command: [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')],
  },
  // The explorer's sources, the schema its operations are typed against, and the README whose
  // example operations GraphiQL preloads.
  web: {
    dirs: ['web'],
    files: ['schema/schema.graphql', 'README.md', 'package-lock.json'],
    output: join('web', 'dist', 'index.html'),
    stamp: join('web', 'dist', '.build-inputs'),
    npmScript: 'build:web',
  },
};

// Build output and generated code are not inputs.
const SKIPPED_DIRS = new Set(['dist', 'gql', 'node_modules']);

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : filesUnder(path);
    return /\.(ts|tsx|mts|json|css|html|svg)$/.test(entry.name) ? [path] : [];
  });
}

function inputsHash(target) {
  const hash = createHash('sha256');
  const files = [
    ...target.dirs.flatMap((dir) => filesUnder(join(root, dir))),
    ...target.files.map((file) => join(root, file)),
  ].sort();
  for (const file of files) {
    hash.update(relative(root, file)).update('\0');
    if (existsSync(file)) hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function buildWhenChanged(target) {
  const hash = inputsHash(target);
  const stamp = join(root, target.stamp);
  if (existsSync(join(root, target.output)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  const run = target.npmScript
    ? spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', target.npmScript], {
        stdio: 'inherit',
        cwd: root,
      })
    : spawnSync(process.execPath, target.command, { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  writeFileSync(stamp, hash);
}

buildWhenChanged(TARGETS.service);
if (process.argv.includes('--web')) buildWhenChanged(TARGETS.web);
