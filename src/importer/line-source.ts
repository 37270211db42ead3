import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/**
 * Non-blank lines of a file with their 1-based line numbers, streamed: memory stays flat.
 * Split by hand from 64 KiB chunks rather than with node:readline, which cost about as much
 * per line as parsing the JSON on it. Line breaks are \n, \r\n or a lone \r, as readline counts them.
 */
export async function* readLines(path: string): AsyncGenerator<{ line: number; text: string }> {
  let line = 0;
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    const text = rest + (chunk as string);
    // A \r at the very end may be the first half of a \r\n split across chunks.
    const end = text.endsWith('\r') ? text.length - 1 : text.length;
    let start = 0;
    for (;;) {
      const lf = text.indexOf('\n', start);
      if (lf < 0 || lf >= end) break;
      for (const piece of piecesOf(text, start, lf)) {
        line++;
        if (piece.trim() !== '') yield { line, text: piece };
      }
      start = lf + 1;
    }
    rest = text.slice(start);
  }
  if (rest !== '') {
    for (const piece of piecesOf(rest, 0, rest.endsWith('\r') ? rest.length - 1 : rest.length)) {
      line++;
      if (piece.trim() !== '') yield { line, text: piece };
    }
  }
}

/** The lines between start and a \n at end: one, unless lone \r breaks sit inside. */
function piecesOf(text: string, start: number, end: number): string[] {
  const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
  const piece = text.slice(start, stop);
  return piece.includes('\r') ? piece.split('\r') : [piece];
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
