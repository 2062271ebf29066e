/**
 * Loaders for data-only collections written in YAML: a folder with one file per entry
 * (organisations, people, recommendations) or one file holding a list (the glossary).
 * They check fields here, with line numbers, rather than leaving it to Astro, whose
 * messages do not say which line to fix.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from '../markdown/content-error';
import { contentRoot } from './content-root';
import { checkFileName } from './file-name';
import { validateFields } from './validate';
import { parseYaml } from './yaml-with-lines';

interface YamlLoaderOptions {
  schema: z.ZodType;
}

/** One entry per `<id>.yaml` file in `directory`. */
export function yamlFolderLoader({ directory, schema }: YamlLoaderOptions & { directory: string }): Loader {
  return {
    name: 'yaml-folder-loader',
    load: async ({ store, parseData, config }) => {
      const projectRoot = fileURLToPath(config.root);
      const folder = join(contentRoot(projectRoot), directory);
      const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => !name.startsWith('.')).sort();
      const problems: ContentProblem[] = [];
      const seen = new Set<string>();
      for (const name of names) {
        const filePath = relative(projectRoot, join(folder, name));
        const id = checkFileName(name, '.yaml', filePath, problems);
        if (!id) continue;
        seen.add(id);
        // Unchanged files keep their entry: a national corpus has tens of thousands of them.
        // (A change of schema changes Astro's content config digest, which clears the store.)
        const source = readFileSync(join(folder, name), 'utf8');
        const digest = createHash('sha256').update(source).digest('hex');
        if (store.get(id)?.digest === digest) continue;
        const result = parseYaml(source, filePath);
        if ('problems' in result) {
          problems.push(...result.problems);
          continue;
        }
        const fields = validateFields(schema, result.parsed.data, filePath, result.parsed.lineOf);
        if ('problems' in fields) {
          problems.push(...fields.problems);
          continue;
        }
        const data = result.parsed.data as Record<string, unknown>;
        store.set({ id, data: await parseData({ id, data, filePath }), filePath, digest });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}

/** One entry per item of the list in `file`; each item has an `id`. */
export function yamlListLoader({ file, schema }: YamlLoaderOptions & { file: string }): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ store, parseData, config }) => {
      const projectRoot = fileURLToPath(config.root);
      const absolute = join(contentRoot(projectRoot), file);
      const filePath = relative(projectRoot, absolute);
      const result = parseYaml(await readFile(absolute, 'utf8'), filePath);
      if ('problems' in result) throw new ContentError(result.problems);
      const { data: list, lineOf } = result.parsed;
      if (!Array.isArray(list)) {
        throw new ContentError([{ file: filePath, line: 1, message: 'This file must be a list: each item starts with "- id:".' }]);
      }
      const problems: ContentProblem[] = [];
      const seen = new Map<string, number>();
      store.clear();
      for (const [position, item] of list.entries()) {
        const itemLine = (path: readonly PropertyKey[]) => lineOf([position, ...path]);
        const fields = validateFields(schema, item, filePath, itemLine);
        if ('problems' in fields) {
          problems.push(...fields.problems.map((problem) => ({ ...problem, field: `item ${position + 1}${problem.field ? ` ${problem.field}` : ''}` })));
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
        store.set({ id, data: await parseData({ id, data: item as Record<string, unknown>, filePath }), filePath });
      }
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}
