import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { readLines } from '../../src/importer/line-source';

/**
 * readLines splits files by hand (node:readline cost as much per line as JSON.parse). It must
 * give the lines and line numbers readline gives, whatever the breaks and wherever a chunk ends.
 */

const dir = mkdtempSync(join(tmpdir(), 'praksis-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(path: string) {
  const lines: { line: number; text: string }[] = [];
  for await (const entry of readLines(path)) lines.push(entry);
  return lines;
}

/** What readline (crlfDelay: Infinity) makes of the file, blank lines left out as readLines does. */
async function byReadline(path: string) {
  const lines: { line: number; text: string }[] = [];
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    line++;
    if (text.trim() !== '') lines.push({ line, text });
  }
  return lines;
}

let files = 0;
function file(content: string): string {
  const path = join(dir, `${files++}.ndjson`);
  writeFileSync(path, content);
  return path;
}

test('line numbers count blank lines and every kind of break', async () => {
  const path = file('{"a":1}\n\n{"b":2}\r\n{"c":3}\r{"d":"æøå"}\n   \n{"e":5}');
  expect(await collect(path)).toEqual([
    { line: 1, text: '{"a":1}' },
    { line: 3, text: '{"b":2}' },
    { line: 4, text: '{"c":3}' },
    { line: 5, text: '{"d":"æøå"}' },
    { line: 7, text: '{"e":5}' },
  ]);
});

test('a \\r\\n split across two 64 KiB chunks is one break', async () => {
  const first = 'x'.repeat((1 << 16) - 1);
  const path = file(`${first}\r\n{"next":true}\n`);
  expect(await collect(path)).toEqual([
    { line: 1, text: first },
    { line: 2, text: '{"next":true}' },
  ]);
});

test('the same lines as node:readline for any text and chunk boundary', async () => {
  const piece = fc.oneof(fc.constantFrom('\n', '\r\n', '\r', ' ', '', 'ø'), fc.string({ maxLength: 40 }));
  await fc.assert(
    fc.asyncProperty(fc.array(piece, { maxLength: 60 }), fc.nat(70_000), async (pieces, padding) => {
      const path = file('p'.repeat(padding) + pieces.join(''));
      expect(await collect(path)).toEqual(await byReadline(path));
    }),
    { numRuns: 150 },
  );
});
