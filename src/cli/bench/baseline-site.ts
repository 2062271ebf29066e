/**
 * The baseline: what a plain Astro 7 site would do with the same documents. Content
 * collections with the glob loader over the same .mdx files, @astrojs/mdx with the
 * unified processor and remark-gfm, one page per document rendered with render(), and
 * the Pagefind CLI over the output. Its only extra is a trivial <Addresses> component
 * so the documents' MDX renders at all. Written into a temp folder, with node_modules
 * linked to this project's, so both sites use the same package versions.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const COLLECTIONS = ['reports', 'statements', 'responses'];

export async function writeBaselineSite(
  folder: string,
  corpus: string,
  projectRoot: string,
): Promise<void> {
  await mkdir(join(folder, 'src/pages/[type]'), { recursive: true });
  await mkdir(join(folder, 'src/components'), { recursive: true });
  await symlink(join(projectRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');
  await writeFile(
    join(folder, 'package.json'),
    JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }),
  );
  await writeFile(
    join(folder, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  site: 'https://baseline.example.org',
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [mdx()],
  markdown: { processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }) },
  devToolbar: { enabled: false },
});
`,
  );
  await writeFile(
    join(folder, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const folder = (name: string) => defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(corpus)} + '/' + name }) });

export const collections = { ${COLLECTIONS.map((name) => `${name}: folder('${name}')`).join(', ')} };
`,
  );
  await writeFile(
    join(folder, 'src/components/Addresses.astro'),
    `---
const { recommendation } = Astro.props;
---
<div class="addresses" data-recommendation={recommendation}><slot /></div>
`,
  );
  await writeFile(
    join(folder, 'src/pages/[type]/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Addresses from '../../components/Addresses.astro';

export async function getStaticPaths() {
  const names = ${JSON.stringify(COLLECTIONS)} as const;
  const lists = await Promise.all(names.map((name) => getCollection(name)));
  return lists.flatMap((entries, index) =>
    entries.map((entry) => ({ params: { type: names[index], slug: entry.id }, props: { entry } })),
  );
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content components={{ Addresses }} /></main></body>
</html>
`,
  );
}
