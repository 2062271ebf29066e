/**
 * Checks data against a collection's schema and turns each failure into a problem that
 * names the file, the line, the field and what to write.
 */
import type { z } from 'astro/zod';
import type { ContentProblem } from '../markdown/content-error';
import type { LineOf } from './yaml-with-lines';

export function validateFields<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
  lineOf: LineOf,
): { data: z.output<Schema> } | { problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data };
  return {
    problems: result.error.issues.map((issue) => {
      // An unknown field is reported at its own line, not at the object holding it.
      const path =
        issue.code === 'unrecognized_keys'
          ? [...issue.path, ...issue.keys.slice(0, 1)]
          : issue.path;
      const field = path.map(String).join('.');
      const problem: ContentProblem = { file, message: explain(issue, valueAt(data, issue.path)) };
      if (field) problem.field = field;
      const line = lineOf(path);
      if (line !== undefined) problem.line = line;
      return problem;
    }),
  };
}

/** What the author wrote at `path`, or undefined where they wrote nothing. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function explain(issue: z.core.$ZodIssue, written: unknown): string {
  // Zod's own words for these ("Invalid input: expected object, received undefined") say
  // what it expected, not what the author should write; a schema's own message stands.
  const zodsOwn = issue.message.startsWith('Invalid input');
  if (zodsOwn && issue.code === 'invalid_type' && issue.path.length > 0 && written === undefined) {
    return `This field is missing. Add "${String(issue.path.at(-1))}:" with its value (the README's field list says what to write).`;
  }
  if (zodsOwn && issue.code === 'invalid_type' && issue.expected === 'object') {
    return issue.path.length === 0
      ? 'This file must be a set of fields, one per line ("name: value"), like the other files in its folder.'
      : 'This field holds fields of its own: write each on its own line below it, indented by two spaces ("  url: https://…").';
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `${keys} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} here. Check the spelling against the README's field list, or delete ${issue.keys.length === 1 ? 'it' : 'them'}.`;
  }
  // Zod's own words ("expected array, received string") for `authors: jamie-hill`.
  if (issue.code === 'invalid_type' && issue.expected === 'array') {
    return 'Write a list, even of one: in square brackets, [first, second], or each item on its own line starting with "- ".';
  }
  return issue.message;
}
