/**
 * A document of the official corpus that cannot become records: it names the file, the element
 * (as a path such as "Meta/DocumentType") and what was expected, as the NDJSON importer names the
 * line and field.
 */
export interface DocumentProblem {
  file: string;
  element: string;
  message: string;
  expected?: string;
}

export function formatDocumentProblem(problem: DocumentProblem): string {
  const where = problem.element ? `${problem.file}, element <${problem.element}>` : problem.file;
  return `${where}: ${problem.message}${problem.expected ? ` (expected ${problem.expected})` : ''}`;
}

/** Thrown by the readers; the corpus import collects these per document. */
export class DocumentRefusedError extends Error {
  constructor(readonly problem: DocumentProblem) {
    super(formatDocumentProblem(problem));
  }
}

/** Raised when a corpus import is refused; nothing has been written. */
export class CorpusRefusedError extends Error {
  constructor(readonly problems: DocumentProblem[]) {
    super(
      `Import refused, nothing was written. ${problems.length} document(s) could not be read:\n` +
        problems.map((problem) => `  ${formatDocumentProblem(problem)}`).join('\n') +
        '\n(--skip-invalid imports the other documents and names the skipped ones)',
    );
  }
}
