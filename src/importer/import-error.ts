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

/**
 * The problems one import finds, up to a cap: reading stops once the cap is passed (truncated),
 * and refuseIfAny() refuses the import with them in line order.
 */
export class ProblemList {
  private readonly problems: ImportProblem[] = [];
  truncated = false;

  constructor(private readonly max: number) {}

  /** Bound, so it can be handed on as a callback. */
  readonly report = (problem: ImportProblem): void => {
    if (this.problems.length < this.max) this.problems.push(problem);
    else this.truncated = true;
  };

  get empty(): boolean {
    return this.problems.length === 0;
  }

  /** The problems found, in line order. */
  sorted(): ImportProblem[] {
    return [...this.problems].sort((a, b) => a.line - b.line);
  }

  refuseIfAny(): void {
    if (this.empty) return;
    throw new ImportRefusedError(this.sorted(), this.truncated);
  }
}

/**
 * Raised when writing stops part-way (a lost race with an editor, Neo4j gone): the batches
 * already committed stay, each whole, and since every write is keyed (MERGE), importing the
 * same file again completes the import without duplicating anything.
 */
export class ImportInterruptedError extends Error {
  constructor(
    readonly written: number,
    readonly records: number,
    readonly reason: unknown,
  ) {
    super(
      `Import stopped after ${written} of ${records} records were written (each batch is committed whole): ` +
        `${reason instanceof Error ? reason.message : String(reason)}\n` +
        'Run the same import again to complete it: the records already in are matched by their keys, not duplicated.',
    );
  }
}
