/**
 * The render cache's side of `astro build` (only with build.ts's variables; otherwise it
 * does nothing):
 * - once every page is written, replaces each reused page's placeholder with a hard link
 *   to the previous build's file (reuse-page.ts). Listed before the permalink check in
 *   astro.config.mjs, so the check and everything after it see the real pages. The
 *   previous build is never written to: Astro wrote the placeholder as a new file, which
 *   is removed before the link is made, and build.ts only ever renames or deletes it;
 * - when the build is done, writes this build's page keys where build.ts asked; build.ts
 *   puts the file beside the output folder only once the new build is in place.
 */
import { copyFile, link, unlink, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  PAGE_KEYS_VERSION,
  RENDER_CACHE_ENV,
  renderCacheSettings,
  type PageKeysFile,
} from './build-env';
import { renderCacheRegistry } from './registry';
import { outputFile } from './output-file';

/** Links at a time: enough to keep the disk busy, few enough to stay under open-file limits. */
const AT_ONCE = 64;

async function linkReusedPages(outDir: string, previousDir: string, paths: readonly string[]) {
  for (let start = 0; start < paths.length; start += AT_ONCE) {
    await Promise.all(
      paths.slice(start, start + AT_ONCE).map(async (sitePath) => {
        const target = outputFile(outDir, sitePath);
        const source = outputFile(previousDir, sitePath);
        await unlink(target);
        // A copy where a link cannot be made (another file system): slower, same bytes.
        await link(source, target).catch(() => copyFile(source, target));
      }),
    );
  }
}

export function renderCacheKeys(): AstroIntegration {
  return {
    name: 'render-cache-keys',
    hooks: {
      'astro:build:generated': async ({ dir }) => {
        const previousDir = renderCacheSettings()?.previousDir;
        const { reused } = renderCacheRegistry();
        if (previousDir && reused.length > 0)
          await linkReusedPages(fileURLToPath(dir), previousDir, reused);
      },
      'astro:build:done': async ({ logger }) => {
        const out = process.env[RENDER_CACHE_ENV.keysOut];
        if (!out || !process.env[RENDER_CACHE_ENV.codeDigest]) return;
        const { keys, reused, rendered } = renderCacheRegistry();
        const file: PageKeysFile = {
          version: PAGE_KEYS_VERSION,
          pages: Object.fromEntries([...keys].sort(([a], [b]) => (a < b ? -1 : 1))),
        };
        await writeFile(out, `${JSON.stringify(file)}\n`);
        logger.info(
          `Reused ${reused.length} unchanged pages from the previous build; rendered ${rendered}.`,
        );
      },
    },
  };
}
