import { writeFile } from 'node:fs/promises';
import type { DocumentProblem } from './document-problem';
import type { ReviewItem } from './review';

/** The review report of one corpus import: what was not applied, the laws not in the table, skipped documents. */
export interface ReviewReport {
  review: ReviewItem[];
  derivedLaws: { id: string; name: string; file: string }[];
  skipped: DocumentProblem[];
}

/** FILE.md and FILE.json for "--report FILE" (an extension .md or .json given is replaced). */
export function reportPaths(path: string): { markdown: string; json: string } {
  const base = path.replace(/\.(?:md|json)$/i, '');
  return { markdown: `${base}.md`, json: `${base}.json` };
}

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function reviewMarkdown(report: ReviewReport): string {
  const lines = ['# Review report of a retsinformation import', ''];
  lines.push(
    `${report.review.length} fact(s) for review, ${report.derivedLaws.length} law(s) not in the table of law names, ` +
      `${report.skipped.length} document(s) skipped.`,
    '',
  );
  if (report.review.length) {
    lines.push(
      '## Facts not applied',
      '',
      '| document | where | text | understood as | why not applied |',
      '|---|---|---|---|---|',
    );
    for (const item of report.review) {
      lines.push(
        `| ${cell(item.file)}${item.documentEli ? `<br>${cell(item.documentEli)}` : ''} | ${cell(item.location)} | ${cell(item.text)} | ${cell(item.understood)} | ${cell(item.reason)} |`,
      );
    }
    lines.push('');
  }
  if (report.derivedLaws.length) {
    lines.push('## Laws not in the table of law names', '', '| derived id | name | first named in |', '|---|---|---|');
    for (const law of report.derivedLaws) lines.push(`| ${law.id} | ${cell(law.name)} | ${cell(law.file)} |`);
    lines.push('');
  }
  if (report.skipped.length) {
    lines.push(
      '## Documents skipped (--skip-invalid)',
      '',
      '| document | element | problem | expected |',
      '|---|---|---|---|',
    );
    for (const problem of report.skipped)
      lines.push(
        `| ${cell(problem.file)} | ${cell(problem.element)} | ${cell(problem.message)} | ${cell(problem.expected)} |`,
      );
    lines.push('');
  }
  return lines.join('\n');
}

export async function writeReviewReport(
  path: string,
  report: ReviewReport,
): Promise<{ markdown: string; json: string }> {
  const paths = reportPaths(path);
  await writeFile(paths.json, JSON.stringify(report, null, 2) + '\n');
  await writeFile(paths.markdown, reviewMarkdown(report));
  return paths;
}
