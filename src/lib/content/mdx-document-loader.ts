/**
 * The content loader for reports, statements and responses: one `.mdx` file per
 * document, compiled to HTML here (see compile-mdx.ts for why) and cached by a digest
 * of the file and the pipeline, so an unchanged document is never compiled twice.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { compileMdx } from '../markdown/compile-mdx';
import { ContentError, type ContentProblem } from '../markdown/content-error';
import { contentRoot } from './content-root';
import { parseFrontmatter } from './frontmatter';
import { pipelineDigest } from './pipeline-digest';
import { validateFields } from './validate';
import { checkFileName } from './file-name';
import { readGlossaryForCompiler } from '../glossary/read-glossary';

export interface MdxDocumentLoaderOptions {
  /** Folder under the content root, e.g. `statements`. */
  directory: string;
  /** The collection's schema, used here to report errors with their lines. */
  schema: z.ZodType;
}

export function mdxDocumentLoader({ directory, schema }: MdxDocumentLoaderOptions): Loader {
  return {
    name: 'mdx-document-loader',
    load: async ({ store, parseData, config }) => {
      const projectRoot = fileURLToPath(config.root);
      const folder = join(contentRoot(projectRoot), directory);
      const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => !name.startsWith('.')).sort();
      const glossary = await readGlossaryForCompiler(contentRoot(projectRoot));
      // The glossary shapes the HTML (abbreviations, links), so it is part of the key.
      const salt = pipelineDigest(projectRoot) + glossary.digest;
      const problems: ContentProblem[] = [];
      const seen = new Set<string>();

      for (const name of names) {
        const filePath = relative(projectRoot, join(folder, name));
        const id = checkFileName(name, '.mdx', filePath, problems);
        if (!id) continue;
        seen.add(id);
        const source = await readFile(join(folder, name), 'utf8');
        const digest = createHash('sha256').update(salt).update(source).digest('hex');
        if (store.get(id)?.digest === digest) continue;

        const frontmatter = parseFrontmatter(source, filePath);
        if ('problems' in frontmatter) {
          problems.push(...frontmatter.problems);
          continue;
        }
        const { parsed } = frontmatter;
        const fields = validateFields(schema, parsed.data, filePath, parsed.lineOf);
        let compiled;
        try {
          compiled = compileMdx(parsed.body, { file: filePath, firstLine: parsed.bodyLine, glossary: glossary.entries });
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          problems.push(...error.problems);
        }
        if ('problems' in fields) {
          problems.push(...fields.problems);
          continue;
        }
        if (!compiled) continue;
        const { html, ...index } = compiled;
        store.set({
          id,
          data: await parseData({ id, data: parsed.data, filePath }),
          filePath,
          digest,
          rendered: { html, metadata: { ...index } },
        });
      }

      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}
