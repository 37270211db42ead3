import { writeFile } from 'node:fs/promises';
import { CHANGES, type ChangeCounts } from '../importer/change-counts';
import type { ImportProblem } from '../importer/import-error';
import type { ImportSummary } from '../importer/importer';

/**
 * How an import run ended, as --problems-json writes it for tools. stage: where it stopped:
 * "file" (refused by the checks of the file alone, no database reached), "database" (refused
 * by the checks against the database), "checked" (--check, no problems), "written", "failed"
 * (not the data's fault: Neo4j unreachable, say; see error).
 */
export interface ImportOutcome {
  ok: boolean;
  stage: 'file' | 'database' | 'checked' | 'written' | 'failed';
  records?: number;
  problems: ImportProblem[];
  truncated: boolean;
  error?: string;
  summary?: ImportSummary;
}

export async function writeProblemsJson(file: string, outcome: ImportOutcome): Promise<void> {
  const { summary, ...rest } = outcome;
  const report = { ...rest, ...(summary ? { byKind: summary.byKind, changes: summary.changes } : {}) };
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}

/** What a finished import changed, one line per kind, or one line saying nothing did. */
export function describeChanges(changes: ChangeCounts): string[] {
  const kinds = Object.entries(changes);
  if (kinds.every(([, counts]) => counts.created === 0 && counts.updated === 0)) {
    return ['Nothing changed: every record was already stored as the file states it.'];
  }
  const width = Math.max(...kinds.map(([kind]) => kind.length));
  return [
    'What changed:',
    ...kinds.map(
      ([kind, counts]) =>
        `  ${kind.padEnd(width)}  ${CHANGES.map((change) => `${counts[change]} ${change}`).join(', ')}`,
    ),
  ];
}
