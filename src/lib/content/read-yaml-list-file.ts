/**
 * A single-file list of the content folder (the glossary, the themes), read and checked
 * item by item: by its collection's loader (yamlListLoader) and by `npm run check:content`,
 * so both find the same problems. The parsed YAML is kept for a reader that needs more of
 * it (the glossary's terms for the compiler).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentProblem } from '../markdown/content-error';
import type { Entry } from '../site/types';
import { readContentSourceAsync } from './content-source';
import { yamlListEntries, type ReadEntry } from './read-yaml';
import { parseYaml, type ParsedYaml } from './yaml-with-lines';

export interface ListFile<Schema extends z.ZodType> {
  /** The file's name in the content folder, e.g. `themes.yaml`. */
  file: string;
  schema: Schema;
  /** What to tell an author whose content folder does not have the file. */
  missing: string;
}

export interface ListFileRead<Data> {
  /** Whether the file is there, to count among the files read. */
  found: boolean;
  /** The items that read, with their fields as written (for Astro's own parseData). */
  entries: (Entry<Data> & Pick<ReadEntry<Data>, 'raw'>)[];
  /** The whole file as parsed, when it parsed. */
  parsed?: ParsedYaml;
  problems: ContentProblem[];
}

/** @param root The content folder. */
export async function readYamlListFile<Schema extends z.ZodType>(
  root: string,
  projectRoot: string,
  { file: name, schema, missing }: ListFile<Schema>,
): Promise<ListFileRead<z.output<Schema>>> {
  const path = join(root, name);
  const file = relative(projectRoot, path);
  if (!existsSync(path))
    return { found: false, entries: [], problems: [{ file, message: missing }] };
  const read = await readContentSourceAsync(path, file);
  if ('problems' in read) return { found: true, entries: [], problems: read.problems };
  const parsed = parseYaml(read.source, file);
  if ('problems' in parsed) return { found: true, entries: [], problems: parsed.problems };
  const list = yamlListEntries(parsed.parsed, file, schema);
  return {
    found: true,
    entries: list.entries.map(({ id, raw, data }) => ({ id, filePath: file, raw, data })),
    parsed: parsed.parsed,
    problems: list.problems,
  };
}
