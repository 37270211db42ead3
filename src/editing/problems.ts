import { BadUserInputError, ConflictError } from '../errors';
import type { ImportProblem } from '../importer/import-error';

export interface NamedProblem {
  field: string;
  message: string;
  expected?: string;
}

export function describeProblems(problems: NamedProblem[]): string {
  return problems
    .map(
      (problem) => `${problem.field}: ${problem.message}${problem.expected ? ` (expected ${problem.expected})` : ''}`,
    )
    .join('; ');
}

/**
 * Problems of the checks against the database are either unresolved references (bad input: the
 * client named something that does not exist) or clashes with what the graph holds (a second
 * full repeal, a repeal dated before its ruling, a cycle). The importer words every unresolved
 * reference as "unknown <noun> ..." (database-checks.ts), which is what tells them apart.
 */
export function isUnknownReference(problem: ImportProblem): boolean {
  return problem.message.startsWith('unknown ');
}

export function badInput(problems: NamedProblem[]): BadUserInputError {
  const first = problems[0];
  return new BadUserInputError(`Nothing was written. ${describeProblems(problems)}`, {
    field: first.field,
    expected: first.expected,
    problems,
  });
}

export function conflict(problems: NamedProblem[]): ConflictError {
  return new ConflictError(`Nothing was written. ${describeProblems(problems)}`, {
    field: problems[0].field,
    problems,
  });
}
