/**
 * Reads YAML data entries (organisations, people, recommendations, the glossary) and
 * checks them against their schema with line numbers. Shared by the YAML loaders and
 * `npm run check:content`.
 */
import type { z } from 'astro/zod';
import type { ContentProblem } from '../markdown/content-error';
import { validateFieldsAndTodos } from './todo-markers';
import { validateFields } from './validate';
import { parseYaml, type ParsedYaml } from './yaml-with-lines';

export interface ReadEntry<Data> {
  id: string;
  /** The fields as written, for Astro's own parseData. */
  raw: Record<string, unknown>;
  /** The fields checked and converted by the schema. */
  data: Data;
}

/** One entry from a `<id>.yaml` file. */
export function readYamlEntry<Schema extends z.ZodType>(
  id: string,
  source: string,
  filePath: string,
  schema: Schema,
): { entry: ReadEntry<z.output<Schema>> } | { problems: ContentProblem[] } {
  const result = parseYaml(source, filePath);
  if ('problems' in result) return result;
  // A TODO left by `npm run new` stops the entry, as it stops a document.
  const { data, problems } = validateFieldsAndTodos(
    schema,
    result.parsed.data,
    filePath,
    result.parsed.lineOf,
  );
  if (data === undefined || problems.length > 0) return { problems };
  return { entry: { id, raw: result.parsed.data as Record<string, unknown>, data } };
}

/** Every item of a list already parsed (read-yaml-list-file.ts); each item has its own `id`. */
export function yamlListEntries<Schema extends z.ZodType>(
  parsed: ParsedYaml,
  filePath: string,
  schema: Schema,
): { entries: ReadEntry<z.output<Schema>>[]; problems: ContentProblem[] } {
  const { data: list, lineOf } = parsed;
  if (!Array.isArray(list)) {
    return {
      entries: [],
      problems: [
        {
          file: filePath,
          line: 1,
          message: 'This file must be a list: each item starts with "- id:".',
        },
      ],
    };
  }
  const entries: ReadEntry<z.output<Schema>>[] = [];
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  for (const [position, item] of list.entries()) {
    const itemLine = (path: readonly PropertyKey[]) => lineOf([position, ...path]);
    const fields = validateFields(schema, item, filePath, itemLine);
    if ('problems' in fields) {
      problems.push(
        ...fields.problems.map((problem) => ({
          ...problem,
          field: `item ${position + 1}${problem.field ? ` ${problem.field}` : ''}`,
        })),
      );
      continue;
    }
    const id = String((item as { id: string }).id);
    const line = itemLine(['id']);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push({
        file: filePath,
        ...(line === undefined ? {} : { line }),
        field: 'id',
        message: `The id "${id}" is used twice (first on line ${earlier}). Give each item its own id.`,
      });
      continue;
    }
    seen.set(id, line ?? 0);
    entries.push({ id, raw: item as Record<string, unknown>, data: fields.data });
  }
  return { entries, problems };
}
