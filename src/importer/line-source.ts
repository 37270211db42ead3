import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';

/** Non-blank lines of a file with their 1-based line numbers, streamed: memory stays flat. */
export async function* readLines(path: string): AsyncGenerator<{ line: number; text: string }> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() !== '') yield { line, text };
  }
}

/**
 * The importer reads its input twice (validate everything, then write), which standard input
 * cannot offer; so "-" is first copied to a temporary file that is removed afterwards.
 */
export async function withReplayableInput<T>(source: string, work: (path: string) => Promise<T>): Promise<T> {
  if (source !== '-') return work(source);
  const dir = await mkdtemp(join(tmpdir(), 'praksis-import-'));
  const path = join(dir, 'stdin.ndjson');
  try {
    await pipeline(process.stdin, createWriteStream(path));
    return await work(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
