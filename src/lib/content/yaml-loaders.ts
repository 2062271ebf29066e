/**
 * Loaders for data-only collections written in YAML: a folder with one file per entry
 * (organisations, people, recommendations) or one file holding a list (the glossary,
 * the themes).
 * They check fields here, with line numbers, rather than leaving it to Astro, whose
 * messages do not say which line to fix.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import type { ContentProblem } from '../markdown/content-error';
import { contentRoot } from './content-root';
import { pipelineDigest } from './pipeline-digest';
import { contentFolderSources } from './content-folder-sources';
import { recordLoadProblems } from './load-problems';
import { readYamlEntry } from './read-yaml';
import { readYamlListFile, type ListFile } from './read-yaml-list-file';
import { reloadOnChange } from './watch-content';

interface YamlLoaderOptions {
  schema: z.ZodType;
}

/** One entry per `<id>.yaml` file in `directory`. */
export function yamlFolderLoader({
  directory,
  schema,
}: YamlLoaderOptions & { directory: string }): Loader {
  return {
    name: 'yaml-folder-loader',
    load: async (context) => {
      const { store, parseData, config } = context;
      const projectRoot = fileURLToPath(config.root);
      const folder = join(contentRoot(projectRoot), directory);
      // A schema change (a new field with a default) must reach entries already stored.
      const pipeline = pipelineDigest(projectRoot);
      const sync = async () => {
        const problems: ContentProblem[] = [];
        const seen = new Set<string>();
        // A file that fails is left out of the collection, not kept as it last read.
        const unread = new Set<string>();
        const fail = (id: string, fileProblems: ContentProblem[]) => {
          problems.push(...fileProblems);
          unread.add(id);
          store.delete(id);
        };
        for await (const file of contentFolderSources(folder, '.yaml', projectRoot, problems)) {
          const { id, filePath } = file;
          seen.add(id);
          if ('problems' in file) {
            fail(id, file.problems);
            continue;
          }
          // An unchanged file read by unchanged code keeps its entry: a national corpus has
          // tens of thousands of recommendations.
          const digest = createHash('sha256').update(pipeline).update(file.source).digest('hex');
          if (store.get(id)?.digest === digest) continue;
          const result = readYamlEntry(id, file.source, filePath, schema);
          if ('problems' in result) {
            fail(id, result.problems);
            continue;
          }
          store.set({
            id,
            data: await parseData({ id, data: result.entry.raw, filePath }),
            filePath,
            digest,
          });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        recordLoadProblems(context, problems, unread);
      };
      await sync();
      reloadOnChange(context, folder, sync);
    },
  };
}

/**
 * One entry per item of the list in `file`; each item has an `id`. A missing file is a
 * problem named with `missing` (what to create), not the file system's error.
 */
export function yamlListLoader(list: ListFile<z.ZodType>): Loader {
  return {
    name: 'yaml-list-loader',
    load: async (context) => {
      const { store, parseData, config } = context;
      const projectRoot = fileURLToPath(config.root);
      const root = contentRoot(projectRoot);
      // A list that fails in part keeps the items that read, as `npm run check:content` does.
      const sync = async () => {
        const { entries, problems } = await readYamlListFile(root, projectRoot, list);
        store.clear();
        for (const { id, raw, filePath } of entries)
          store.set({ id, data: await parseData({ id, data: raw, filePath }), filePath });
        recordLoadProblems(context, problems, []);
      };
      await sync();
      reloadOnChange(context, join(root, list.file), sync);
    },
  };
}
