/**
 * The content loader for reports, statements and responses: one `.mdx` file per
 * document, compiled to HTML here (see compile-mdx.ts for why) and cached by a digest
 * of the file and the pipeline, so an unchanged document is never compiled twice.
 * Changed documents are compiled together on worker threads (compile-pool.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from '../markdown/content-error';
import { compileAll, type CompileJob } from './compile-pool';
import { contentRoot } from './content-root';
import { parseFrontmatter } from './frontmatter';
import { pipelineDigest } from './pipeline-digest';
import { validateFields } from './validate';
import { checkFileName } from './file-name';

export interface MdxDocumentLoaderOptions {
  /** Folder under the content root, e.g. `statements`. */
  directory: string;
  /** The collection's schema, used here to report errors with their lines. */
  schema: z.ZodType;
}

interface Pending {
  id: string;
  filePath: string;
  digest: string;
  data: Record<string, unknown>;
  fieldsOk: boolean;
}

export function mdxDocumentLoader({ directory, schema }: MdxDocumentLoaderOptions): Loader {
  return {
    name: 'mdx-document-loader',
    load: async ({ store, parseData, config }) => {
      const projectRoot = fileURLToPath(config.root);
      const folder = join(contentRoot(projectRoot), directory);
      const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => !name.startsWith('.')).sort();
      const salt = pipelineDigest(projectRoot);
      const problems: ContentProblem[] = [];
      const seen = new Set<string>();
      const pending: Pending[] = [];
      const jobs: CompileJob[] = [];

      for (const name of names) {
        const filePath = relative(projectRoot, join(folder, name));
        const id = checkFileName(name, '.mdx', filePath, problems);
        if (!id) continue;
        seen.add(id);
        // Synchronous reads: thousands of small files read faster without a thread-pool round trip each.
        const source = readFileSync(join(folder, name), 'utf8');
        const digest = createHash('sha256').update(salt).update(source).digest('hex');
        if (store.get(id)?.digest === digest) continue;

        const frontmatter = parseFrontmatter(source, filePath);
        if ('problems' in frontmatter) {
          problems.push(...frontmatter.problems);
          continue;
        }
        const { parsed } = frontmatter;
        const fields = validateFields(schema, parsed.data, filePath, parsed.lineOf);
        if ('problems' in fields) problems.push(...fields.problems);
        pending.push({ id, filePath, digest, data: parsed.data, fieldsOk: !('problems' in fields) });
        jobs.push({ body: parsed.body, file: filePath, firstLine: parsed.bodyLine });
      }

      const outcomes = await compileAll(jobs, join(projectRoot, 'src/lib/content/compile-worker.ts'));
      for (const [index, outcome] of outcomes.entries()) {
        const entry = pending[index];
        if (!entry) continue;
        if ('problems' in outcome) {
          problems.push(...outcome.problems);
          continue;
        }
        if (!entry.fieldsOk) continue;
        const { html, ...metadata } = outcome.compiled;
        const { id, filePath, digest } = entry;
        store.set({
          id,
          data: await parseData({ id, data: entry.data, filePath }),
          filePath,
          digest,
          rendered: { html, metadata },
        });
      }

      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}
