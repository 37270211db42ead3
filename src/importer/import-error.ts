/** One problem in an import file, located precisely enough for a data provider to fix it. */
export interface ImportProblem {
  line: number;
  field: string;
  message: string;
  expected?: string;
}

export function formatProblem(problem: ImportProblem): string {
  const where = problem.field ? `line ${problem.line}, field "${problem.field}"` : `line ${problem.line}`;
  return `${where}: ${problem.message}${problem.expected ? ` (expected ${problem.expected})` : ''}`;
}

/** Raised when an import is refused; nothing has been written. */
export class ImportRefusedError extends Error {
  constructor(
    readonly problems: ImportProblem[],
    readonly truncated: boolean,
  ) {
    super(
      `Import refused, nothing was written. ${problems.length}${truncated ? '+' : ''} problem(s):\n` +
        problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
  }
}
