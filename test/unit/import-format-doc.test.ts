import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_KINDS } from '../../src/importer/import-schema';
import { validateRecordLine } from '../../src/importer/record-validator';
import { StreamState } from '../../src/importer/stream-state';
import { PROJECT_ROOT } from '../../src/shared/project-paths';

// The example file of docs/import-format.md is one a provider may copy: every line a valid record,
// every reference resolved within it, one record of every kind.
const doc = readFileSync(join(PROJECT_ROOT, 'docs', 'import-format.md'), 'utf8');
const example = /An example[^\n]*\n\n```\n([\s\S]*?)```/.exec(doc)![1].trim().split('\n');

describe('the example of docs/import-format.md', () => {
  it('is valid, line by line, and resolves its own references', () => {
    const problems: unknown[] = [];
    const state = new StreamState((problem) => problems.push(problem));
    const kinds = new Set<string>();
    example.forEach((text, index) => {
      const result = validateRecordLine(text, index + 1);
      if (!result.ok) problems.push(...result.problems);
      else {
        state.add(result.record, index + 1);
        kinds.add(result.record.kind);
      }
    });
    expect(problems).toEqual([]);
    const open = Object.fromEntries(Object.entries(state.unresolved).map(([kind, keys]) => [kind, [...keys.keys()]]));
    expect(open).toEqual({ law: [], paragraph: [], ruling: [], authority: [], reversalReason: [] });
    expect([...kinds].sort()).toEqual([...RECORD_KINDS].sort());
  });
});
