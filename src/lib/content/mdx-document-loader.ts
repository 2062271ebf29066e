/**
 * The content loader for reports, statements and responses: one `.mdx` file per
 * document, compiled to HTML here (see compile-mdx.ts for why) and cached by a digest
 * of the file and the pipeline, so an unchanged document is never compiled twice.
 * Changed documents are compiled together, on worker threads (compile-pool.ts).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import type { ContentProblem } from '../markdown/content-error';
import { contentRoot } from './content-root';
import { contentFolderSources } from './content-folder-sources';
import { recordLoadProblems } from './load-problems';
import { pipelineDigest } from './pipeline-digest';
import { finishDocument, readDocumentFields, type DocumentFields } from './read-document';
import { compileAll, type CompileOutcome } from './compile-pool';
import {
  compiledHtmlFolder,
  compiledHtmlPath,
  ensureFolder,
  hasCompiledHtml,
  pruneCompiledHtml,
  writeCompiledHtml,
} from './compiled-html-files';
import { reloadOnChange } from './watch-content';
import { readGlossaryForCompiler } from '../glossary/read-glossary';
import { workerScriptPath } from '../files/worker-script-path';

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
      const htmlFolder = compiledHtmlFolder(fileURLToPath(context.config.cacheDir), directory);
      const sync = () => syncFolder(context, folder, projectRoot, schema, htmlFolder);
      await sync();
      reloadOnChange(context, folder, sync);
    },
  };
}

async function syncFolder(
  context: LoaderContext,
  folder: string,
  projectRoot: string,
  schema: z.ZodType,
  htmlFolder: string,
): Promise<void> {
  const { store, parseData } = context;
  const glossary = await readGlossaryForCompiler(contentRoot(projectRoot));
  // The glossary shapes the HTML (abbreviations, links), so it is part of the cache key.
  const salt = pipelineDigest(projectRoot) + glossary.digest;
  ensureFolder(htmlFolder);
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  const changed: {
    id: string;
    filePath: string;
    digest: string;
    fields: DocumentFields<unknown>;
  }[] = [];
  // Problems are reported file by file, in the files' order, as authors read them.
  const problemsByFile = new Map<string, ContentProblem[]>();
  // A file that fails is left out of the collection, not kept as it last read: the checks
  // across files and the pages must not go on from words that are no longer the file's.
  const unread = new Set<string>();
  const fail = (id: string, filePath: string, fileProblems: ContentProblem[]) => {
    problemsByFile.set(filePath, fileProblems);
    unread.add(id);
    store.delete(id);
  };

  for await (const file of contentFolderSources(folder, '.mdx', projectRoot, problems)) {
    const { id, filePath } = file;
    seen.add(id);
    if ('problems' in file) {
      fail(id, filePath, file.problems);
      continue;
    }
    const digest = createHash('sha256').update(salt).update(file.source).digest('hex');
    if (isCachedHere(store.get(id), digest, compiledHtmlPath(htmlFolder, digest))) continue;

    const read = readDocumentFields(file.source, filePath, schema);
    if ('problems' in read) {
      fail(id, filePath, read.problems);
      continue;
    }
    problemsByFile.set(filePath, []);
    changed.push({ id, filePath, digest, fields: read.fields });
  }

  // Every changed body at once, so they can be compiled in parallel.
  const bodies = await compileAll(
    changed.map(({ filePath, fields }) => ({
      body: fields.body,
      file: filePath,
      firstLine: fields.bodyLine,
      glossary: glossary.entries,
    })),
    workerScriptPath(projectRoot, 'content/compile-worker.ts'),
  );
  for (const [index, { id, filePath, digest, fields }] of changed.entries()) {
    const result = finishDocument(fields, bodies[index] as CompileOutcome);
    if ('problems' in result) {
      fail(id, filePath, result.problems);
      continue;
    }
    const { html, ...paragraphIndex } = result.document.compiled;
    const htmlFile = compiledHtmlPath(htmlFolder, digest);
    writeCompiledHtml(htmlFile, html);
    // Astro's store ignores a set with the digest it already holds, which would keep an
    // entry naming another folder's HTML file (isCachedHere); forget that entry first.
    if (store.get(id)?.digest === digest) store.delete(id);
    store.set({
      id,
      data: await parseData({ id, data: result.document.raw, filePath }),
      filePath,
      digest,
      // The HTML itself is read from htmlFile when the page renders (see compiled-html-files.ts).
      rendered: { html: '', metadata: { ...paragraphIndex, htmlFile } },
    });
  }
  for (const fileProblems of problemsByFile.values()) problems.push(...fileProblems);

  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  pruneCompiledHtml(
    htmlFolder,
    new Set(store.keys().map((id) => compiledHtmlPath(htmlFolder, String(store.get(id)?.digest)))),
  );
  recordLoadProblems(context, problems, unread);
}

/**
 * Whether a stored entry is this version of the file, with its HTML in this build's
 * cache. The store records the HTML file's full path, so a project moved to another
 * folder (or a cache restored under another checkout path, or CACHE_DIR changed) has
 * entries naming files that are not there; those are compiled again rather than left to
 * fail when their page renders.
 */
function isCachedHere(
  entry:
    { digest?: string | number; rendered?: { metadata?: Record<string, unknown> } } | undefined,
  digest: string,
  htmlFile: string,
): boolean {
  return (
    entry?.digest === digest &&
    entry.rendered?.metadata?.['htmlFile'] === htmlFile &&
    hasCompiledHtml(htmlFile)
  );
}
