/**
 * The render cache's side of `astro build` (only with build.ts's variables; otherwise it
 * does nothing):
 * - once every page is written, puts each reused page in place as a hard link to the
 *   previous build's file: it waits for the pages their route left out
 *   (skip-unchanged.ts), linked while Astro rendered (link-ahead.ts), and links the pages
 *   the middleware answered with an empty placeholder (reuse-page.ts) and any not linked
 *   ahead. It links the files made outside Astro (link-when-ready.ts: the social cards),
 *   waiting for any still being made, and failing the build with the error of one that
 *   could not be. Listed before the permalink check in astro.config.mjs, so the check and
 *   everything after it see the real pages. The previous build is never written to: a
 *   placeholder is a new file, removed before the link is made, and build.ts only ever
 *   renames or deletes it;
 * - adds the reused HTML pages to the sitemap (@astrojs/sitemap lists the pages Astro
 *   wrote, and reads `customPages`, the array `reusedPageUrls()` returns, when the build
 *   is done);
 * - when the build is done, writes this build's page keys where build.ts asked; build.ts
 *   puts the file beside the output folder only once the new build is in place.
 */
import { rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  PAGE_KEYS_VERSION,
  RENDER_CACHE_ENV,
  renderCacheSettings,
  type PageKeysFile,
} from './build-env';
import { linkFiles } from '../files/hard-link';
import { readyFiles } from './link-when-ready';
import { linkedAhead } from './link-ahead';
import { renderCacheRegistry } from './registry';
import { outputFile } from './output-file';
import { describeReuse } from './reuse-line';

/** Full addresses of the reused HTML pages, for the sitemap: filled in before it is written. */
const sitemapPages: string[] = [];

export function reusedPageUrls(): string[] {
  return sitemapPages;
}

/**
 * Links reused pages from the previous build: those not linked while Astro rendered. A
 * page Astro wrote a placeholder for has it removed first; the others have no file to
 * remove.
 */
function linkReusedPages(
  outDir: string,
  previousDir: string,
  paths: readonly string[],
  placeholders: ReadonlySet<string>,
): void {
  for (const sitePath of paths)
    if (placeholders.has(sitePath)) rmSync(outputFile(outDir, sitePath), { force: true });
  linkFiles(
    paths.map((sitePath) => [outputFile(previousDir, sitePath), outputFile(outDir, sitePath)]),
  );
}

export function renderCacheKeys(): AstroIntegration {
  let siteRoot: URL | undefined;
  return {
    name: 'render-cache-keys',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) siteRoot = new URL(config.base, config.site);
      },
      'astro:build:generated': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const registry = renderCacheRegistry();
        const made = await readyFiles(registry.linked);
        linkFiles(made.map(([file, sitePath]) => [file, outputFile(outDir, sitePath)]));
        const previousDir = renderCacheSettings()?.previousDir;
        const reused = [...registry.reused].sort();
        if (!previousDir || reused.length === 0) return;
        const ahead = await linkedAhead(registry.linkingAhead);
        linkReusedPages(
          outDir,
          previousDir,
          reused.filter((path) => !ahead.has(path)),
          registry.placeholders,
        );
        // As @astrojs/sitemap writes a page's address: the site, its base, then the path.
        if (siteRoot) {
          const root = siteRoot;
          sitemapPages.push(
            ...reused
              .filter((path) => path.endsWith('/'))
              .map((path) => new URL(path.slice(1), root).href),
          );
        }
      },
      'astro:build:done': async ({ logger }) => {
        const out = process.env[RENDER_CACHE_ENV.keysOut];
        if (!out || !process.env[RENDER_CACHE_ENV.codeDigest]) return;
        const { keys, reused, rendered, linked } = renderCacheRegistry();
        const file: PageKeysFile = {
          version: PAGE_KEYS_VERSION,
          pages: Object.fromEntries([...keys].sort(([a], [b]) => (a < b ? -1 : 1))),
        };
        await writeFile(out, `${JSON.stringify(file)}\n`);
        logger.info(describeReuse({ reused: reused.size, rendered, linked: linked.size }));
      },
    },
  };
}
