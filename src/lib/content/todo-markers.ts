/**
 * `TODO:` markers left by `npm run new` and `npm run import` for what only a person can
 * supply (a summary, the source address, the date). Each one stops the build with the
 * marker's own words, so the author is told exactly what is still missing.
 */
import type { z } from 'astro/zod';
import type { ContentProblem } from '../markdown/content-error';
import { validateFields } from './validate';
import type { LineOf } from './yaml-with-lines';

/** The marker: `TODO:` at the start of a value or of a body line. */
export const TODO = 'TODO:';

export interface TodoField {
  /** Dotted path of the field, e.g. `source.url`. */
  field: string;
  problem: ContentProblem;
}

/** Every frontmatter value that still holds a marker. */
export function todoFields(data: unknown, file: string, lineOf: LineOf): TodoField[] {
  const found: TodoField[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && value.trimStart().startsWith(TODO)) {
      const field = path.join('.');
      const problem: ContentProblem = { file, field, message: explain(value) };
      const line = lineOf(path);
      if (line !== undefined) problem.line = line;
      found.push({ field, problem });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
  return found;
}

/**
 * The fields checked against the schema, with every TODO marker left in them as a
 * problem. A field still marked TODO is reported once, with the marker's own words,
 * not again with the schema's ("Write one of: …").
 */
export function validateFieldsAndTodos<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
  lineOf: LineOf,
): { data: z.output<Schema> | undefined; problems: ContentProblem[] } {
  const todos = todoFields(data, file, lineOf);
  const problems = todos.map((todo) => todo.problem);
  const fields = validateFields(schema, data, file, lineOf);
  if (!('problems' in fields)) return { data: fields.data, problems };
  const marked = (field: string | undefined) =>
    field !== undefined &&
    todos.some((todo) => field === todo.field || field.startsWith(`${todo.field}.`));
  problems.push(...fields.problems.filter((problem) => !marked(problem.field)));
  return { data: undefined, problems };
}

/** Every body line that still starts with a marker. */
export function todoLines(body: string, file: string, firstLine: number): ContentProblem[] {
  return body
    .split('\n')
    .flatMap((text, index) =>
      text.trimStart().startsWith(TODO)
        ? [{ file, line: firstLine + index, message: explain(text) }]
        : [],
    );
}

function explain(marker: string): string {
  const wanted = marker.trim().slice(TODO.length).trim();
  const sentence = /[.!?]$/.test(wanted) ? wanted : `${wanted}.`;
  return `Still to do: ${sentence} Replace the TODO text with it.`;
}
