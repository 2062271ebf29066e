/**
 * A problem in a content file, with where it is and what to write instead.
 * Problems are collected and reported together, so an author fixes them in one pass.
 */
import { countOf } from '../text/count-of.ts';

export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** The frontmatter field or construct at fault, e.g. `published` or `<script>`. */
  field?: string;
  /**
   * In a file holding a list of entries (the glossary), the id of the one at fault, so
   * that the line of its field can be found (field-lines.ts). Not printed.
   */
  entry?: string;
  /** What is wrong and what to write instead. */
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = [
    problem.file,
    problem.line,
    problem.line === undefined ? undefined : problem.column,
  ]
    .filter((part) => part !== undefined)
    .join(':');
  const field = problem.field ? ` ${problem.field}:` : '';
  return `${where}${field} ${problem.message}`;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = countOf(problems.length, 'problem', 'problems');
    super(
      `The content has ${count}; nothing was published.\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // Astro prints a failed build's error with a stack trace of our code, which tells an
    // author nothing: the problems above say where to look. Without a stack it prints none.
    this.stack = '';
  }

  /**
   * Astro adds a hint about browser APIs to any error whose text mentions "document" or
   * "window", as ours often do ("a document's date…"); it would send an author looking
   * for code that is not there. The problems are in the message, printed as they are.
   */
  override toString(): string {
    return this.name;
  }
}
