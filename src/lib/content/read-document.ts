/**
 * Reads one report, statement or response: frontmatter (with lines), TODO markers,
 * fields against the schema, and the body through the restricted MDX compiler. The
 * content loader and `npm run check:content` both call this, so the quick check and the
 * build can never disagree about a file.
 */
import type { z } from 'astro/zod';
import { compileMdx, type CompiledBody } from '../markdown/compile-mdx';
import { ContentError, type ContentProblem } from '../markdown/content-error';
import { parseFrontmatter } from './frontmatter';
import { todoFields, todoLines } from './todo-markers';
import { validateFields } from './validate';

export interface ReadDocument<Data> {
  /** The frontmatter as written, for Astro's own parseData. */
  raw: Record<string, unknown>;
  /** The frontmatter checked and converted by the schema. */
  data: Data;
  compiled: CompiledBody;
}

export function readDocument<Schema extends z.ZodType>(
  source: string,
  filePath: string,
  schema: Schema,
): { document: ReadDocument<z.output<Schema>> } | { problems: ContentProblem[] } {
  const frontmatter = parseFrontmatter(source, filePath);
  if ('problems' in frontmatter) return frontmatter;
  const { parsed } = frontmatter;
  const problems: ContentProblem[] = [];

  const todos = todoFields(parsed.data, filePath, parsed.lineOf);
  problems.push(...todos.map((todo) => todo.problem));
  const fields = validateFields(schema, parsed.data, filePath, parsed.lineOf);
  if ('problems' in fields) {
    // A field still marked TODO is reported once, with the marker's own words.
    const marked = (field: string | undefined) =>
      field !== undefined && todos.some((todo) => field === todo.field || field.startsWith(`${todo.field}.`));
    problems.push(...fields.problems.filter((problem) => !marked(problem.field)));
  }

  problems.push(...todoLines(parsed.body, filePath, parsed.bodyLine));
  let compiled: CompiledBody | undefined;
  try {
    compiled = compileMdx(parsed.body, { file: filePath, firstLine: parsed.bodyLine });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }

  if (problems.length > 0 || !compiled || 'problems' in fields) return { problems };
  return { document: { raw: parsed.data, data: fields.data, compiled } };
}
