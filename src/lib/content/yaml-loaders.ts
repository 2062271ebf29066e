/**
 * Loaders for data-only collections written in YAML: a folder with one file per entry
 * (organisations, people, recommendations) or one file holding a list (the glossary).
 * They check fields here, with line numbers, rather than leaving it to Astro, whose
 * messages do not say which line to fix.
 */
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from '../markdown/content-error';
import { contentRoot } from './content-root';
import { pipelineDigest } from './pipeline-digest';
import { listContentFiles } from './content-files';
import { readContentSource, readContentSourceAsync } from './content-source';
import { readYamlEntry, readYamlList } from './read-yaml';
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
        for (const { id, absolute, filePath } of await listContentFiles(
          folder,
          '.yaml',
          projectRoot,
          problems,
        )) {
          seen.add(id);
          // An unchanged file read by unchanged code keeps its entry: a national corpus has
          // tens of thousands of recommendations. Synchronous reads: faster for many small files.
          const read = readContentSource(absolute, filePath);
          if ('problems' in read) {
            problems.push(...read.problems);
            store.delete(id);
            continue;
          }
          const { source } = read;
          const digest = createHash('sha256').update(pipeline).update(source).digest('hex');
          if (store.get(id)?.digest === digest) continue;
          const result = readYamlEntry(id, source, filePath, schema);
          if ('problems' in result) {
            problems.push(...result.problems);
            store.delete(id);
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
        if (problems.length > 0) throw new ContentError(problems);
      };
      await sync();
      reloadOnChange(context, folder, sync);
    },
  };
}

/** One entry per item of the list in `file`; each item has an `id`. */
export function yamlListLoader({ file, schema }: YamlLoaderOptions & { file: string }): Loader {
  return {
    name: 'yaml-list-loader',
    load: async (context) => {
      const { store, parseData, config } = context;
      const projectRoot = fileURLToPath(config.root);
      const absolute = join(contentRoot(projectRoot), file);
      const filePath = relative(projectRoot, absolute);
      const sync = async () => {
        const read = await readContentSourceAsync(absolute, filePath);
        if ('problems' in read) throw new ContentError(read.problems);
        const { entries, problems } = readYamlList(read.source, filePath, schema);
        if (problems.length > 0) throw new ContentError(problems);
        store.clear();
        for (const { id, raw } of entries)
          store.set({ id, data: await parseData({ id, data: raw, filePath }), filePath });
      };
      await sync();
      reloadOnChange(context, absolute, sync);
    },
  };
}
