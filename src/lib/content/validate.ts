/**
 * Checks data against a collection's schema and turns each failure into a problem that
 * names the file, the line, the field and what to write.
 */
import type { z } from 'astro/zod';
import type { ContentProblem } from '../markdown/content-error';
import { closestSpelling } from '../text/closest-spelling';
import { fieldNamesAt } from './schema-fields';
import type { LineOf } from './yaml-with-lines';

export function validateFields<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
  lineOf: LineOf,
): { data: z.output<Schema> } | { problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data };
  const { issues } = result.error;
  const unknown = unknownFields(schema, data, issues);
  // `tittle:` for `title:` is one mistake: the title it leaves missing is not a second.
  const misspelt = new Set(
    unknown.flatMap(({ path, meant }) => (meant ? [pathKey([...path.slice(0, -1), meant])] : [])),
  );
  return {
    problems: issues.flatMap((issue): ContentProblem[] => {
      // An unknown field is reported at its own line, not at the object holding it.
      if (issue.code === 'unrecognized_keys')
        return unknown
          .filter((field) => field.issue === issue)
          .map(({ path, meant }) => problemAt(file, path, unknownMessage(path, meant), lineOf));
      const written = valueAt(data, issue.path);
      if (written === undefined && misspelt.has(pathKey(issue.path))) return [];
      const message = explain(issue, written);
      // A message that already names the curly quotes has said it.
      const curly = message.includes('curly') ? '' : curlyQuoted(written);
      return [problemAt(file, issue.path, message + curly, lineOf)];
    }),
  };
}

function problemAt(
  file: string,
  path: readonly PropertyKey[],
  message: string,
  lineOf: LineOf,
): ContentProblem {
  const problem: ContentProblem = { file, message };
  const field = path.map(String).join('.');
  if (field) problem.field = field;
  const line = lineOf(path);
  if (line !== undefined) problem.line = line;
  return problem;
}

interface UnknownField {
  issue: z.core.$ZodIssue;
  path: PropertyKey[];
  /** The field's name as the schema has it, when this one is a near spelling of it. */
  meant?: string | undefined;
}

/**
 * Each field the schema does not know, with the one it is a near spelling of: a field the
 * schema has at the same place and the author has not written. (With `issuer:` there as
 * well, `isuer:` is not a misspelt issuer to rename but a line to delete.)
 */
function unknownFields(
  schema: z.ZodType,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
): UnknownField[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [];
    const written = valueAt(data, issue.path) as Record<string, unknown>;
    const unwritten = fieldNamesAt(schema, issue.path).filter((name) => !(name in written));
    return issue.keys.map((name) => ({
      issue,
      path: [...issue.path, name],
      meant: closestSpelling(name, unwritten),
    }));
  });
}

function unknownMessage(path: readonly PropertyKey[], meant: string | undefined): string {
  const name = String(path.at(-1));
  return meant
    ? `"${name}" is not a field here: did you mean "${meant}"?`
    : `"${name}" is not a field here. Check the spelling against the README's field list, or delete it.`;
}

/** A path as one string, to compare: fields' names cannot hold a newline. */
function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('\n');
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

/**
 * Said after a refused value written in curly quotes (`published: “2022-08-05”`): the
 * quotes are the mistake, which the field's own message ("Write a date in quotes …")
 * does not name, so the author sees they did what was asked.
 */
function curlyQuoted(written: unknown): string {
  if (typeof written !== 'string') return '';
  const inner = /^[“‘](.*?)[”’]?$/s.exec(written)?.[1];
  if (inner === undefined) return '';
  return ` It is in curly quotes, which Word and many editors put in as you type: write it in straight quotes, "${inner}".`;
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
  // Zod's own words ("expected array, received string") for `authors: jamie-hill`.
  if (issue.code === 'invalid_type' && issue.expected === 'array') {
    return 'Write a list, even of one: in square brackets, [first, second], or each item on its own line starting with "- ".';
  }
  // A field's own message says what to write ("Write the title."), not that it is absent.
  if (issue.code === 'invalid_type' && issue.path.length > 0 && written === undefined)
    return `This field is missing. ${issue.message}`;
  return issue.message;
}
