import { createWriteStream } from 'node:fs';
import { generateSynthetic, MAX_CASES, type SyntheticOptions } from './index';
import { NdjsonWriter } from './ndjson-writer';
import { MAX_RULINGS } from './rulings-and-consolidations';

/**
 * CLI: npm run seed:synthetic -- --rulings N --cases M [--seed S] [--out file.ndjson]
 * Writes NDJSON to --out, or to stdout; a summary of record counts goes to stderr so that stdout
 * can be piped straight into the importer.
 */

export const USAGE = `Usage: npm run seed:synthetic -- --rulings N --cases M [--seed S] [--out file.ndjson]

  --rulings N   principle rulings to generate, 1-${MAX_RULINGS} (consolidation-issued ones included)
  --cases M     complaint cases to generate, 0-${MAX_CASES}
  --seed S      integer seed (default 1); the same arguments give byte-identical output
  --out FILE    write to FILE instead of stdout
  --help        show this text`;

export class UsageError extends Error {}

export interface CliArguments {
  options: SyntheticOptions;
  out: string | undefined;
  help: boolean;
}

const INTEGER = /^-?\d+$/;

function integer(flag: string, value: string, min: number, max: number, expected: string): number {
  const n = Number(value);
  if (!INTEGER.test(value) || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(`${flag} must be ${expected}, got "${value}"`);
  if (n > max) throw new UsageError(`${flag} must be at most ${max}, got ${value}`);
  return n;
}

export function parseArguments(argv: readonly string[]): CliArguments {
  const values = new Map<string, string>();
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const match = /^(--[a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unexpected argument "${arg}"`);
    const flag = match[1];
    if (!['--rulings', '--cases', '--seed', '--out'].includes(flag)) throw new UsageError(`unknown option ${flag}`);
    if (values.has(flag)) throw new UsageError(`${flag} given more than once`);
    let value = match[2];
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      i++;
    }
    values.set(flag, value);
  }
  if (help) return { options: { rulings: 1, cases: 0, seed: 1 }, out: undefined, help };

  const rulings = values.get('--rulings');
  const cases = values.get('--cases');
  if (rulings === undefined) throw new UsageError('--rulings is required');
  if (cases === undefined) throw new UsageError('--cases is required');
  const seed = values.get('--seed');
  const out = values.get('--out');
  if (out === '') throw new UsageError('--out needs a file name');
  return {
    options: {
      rulings: integer('--rulings', rulings, 1, MAX_RULINGS, 'a positive integer'),
      cases: integer('--cases', cases, 0, MAX_CASES, 'a non-negative integer'),
      seed:
        seed === undefined
          ? 1
          : integer('--seed', seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 'an integer'),
    },
    out,
    help: false,
  };
}

async function main(): Promise<void> {
  let args: CliArguments;
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`seed:synthetic: ${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }

  const toStdout = args.out === undefined;
  const stream = toStdout ? process.stdout : createWriteStream(args.out!);
  const writer = new NdjsonWriter(stream);
  const counts = await generateSynthetic(args.options, (line) => writer.write(line));
  await writer.end({ close: !toStdout });
  const summary = Object.entries(counts)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  process.stderr.write(`seed:synthetic: wrote ${summary}${toStdout ? '' : ` to ${args.out}`}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    // A closed pipe (e.g. `| head`) is the reader's choice, not a failure.
    if ((error as NodeJS.ErrnoException)?.code === 'EPIPE') return;
    process.stderr.write(`seed:synthetic: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
