#!/usr/bin/env node
// `npm start` and `npm run import` run this instead of `npm run build`: it runs the TypeScript
// build only when an input changed since the last successful build. Even incremental, tsc
// parses every file of the program (about 10 s on a busy 2-core machine) just to find that
// nothing changed; hashing the inputs takes some milliseconds. Plain JavaScript, because it
// runs before anything is compiled.
'use strict';
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..', '..');
const stampFile = join(root, 'dist', '.build-inputs');
// What tsconfig.build.json compiles (src, seed) and what decides how: configs and the lock file.
const INPUT_DIRS = ['src', 'seed'];
const INPUT_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|json)$/.test(entry.name) ? [path] : [];
  });
}

function inputsHash() {
  const hash = createHash('sha256');
  const files = [...INPUT_DIRS.flatMap((dir) => filesUnder(join(root, dir))), ...INPUT_FILES.map((file) => join(root, file))].sort();
  for (const file of files) {
    hash.update(relative(root, file)).update('\0');
    if (existsSync(file)) hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const hash = inputsHash();
const built = existsSync(join(root, 'dist', 'src', 'main.js')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash;
if (!built) {
  const tscArgs = [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')];
  const tsc = spawnSync(process.execPath, tscArgs, { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  writeFileSync(stampFile, hash);
}
