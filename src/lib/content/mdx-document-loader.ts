/**
 * The content loader for reports, statements and responses: one `.mdx` file per
 * document, compiled to HTML here (see compile-mdx.ts for why) and cached by a digest
 * of the file and the pipeline, so an unchanged document is never compiled twice.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from '../markdown/content-error';
import { contentRoot } from './content-root';
import { listContentFiles } from './content-files';
import { pipelineDigest } from './pipeline-digest';
import { readDocument } from './read-document';
import { reloadOnChange } from './watch-content';

export interface MdxDocumentLoaderOptions {
  /** Folder under the content root, e.g. `statements`. */
  directory: string;
  /** The collection's schema, used here to report errors with their lines. */
  schema: z.ZodType;
}

export function mdxDocumentLoader({ directory, schema }: MdxDocumentLoaderOptions): Loader {
  return {
    name: 'mdx-document-loader',
    load: async (context) => {
      const projectRoot = fileURLToPath(context.config.root);
      const folder = join(contentRoot(projectRoot), directory);
      const sync = () => syncFolder(context, folder, projectRoot, schema);
      await sync();
      reloadOnChange(context, folder, sync);
    },
  };
}

async function syncFolder(
  { store, parseData }: LoaderContext,
  folder: string,
  projectRoot: string,
  schema: z.ZodType,
): Promise<void> {
  const salt = pipelineDigest(projectRoot);
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();

  for (const { id, absolute, filePath } of await listContentFiles(folder, '.mdx', projectRoot, problems)) {
    seen.add(id);
    const source = await readFile(absolute, 'utf8');
    const digest = createHash('sha256').update(salt).update(source).digest('hex');
    if (store.get(id)?.digest === digest) continue;

    const result = readDocument(source, filePath, schema);
    if ('problems' in result) {
      problems.push(...result.problems);
      continue;
    }
    const { html, ...index } = result.document.compiled;
    store.set({
      id,
      data: await parseData({ id, data: result.document.raw, filePath }),
      filePath,
      digest,
      rendered: { html, metadata: { ...index } },
    });
  }

  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  if (problems.length > 0) throw new ContentError(problems);
}
