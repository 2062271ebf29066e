/**
 * Writes this build's page keys (collected by src/middleware.ts) where build.ts asked,
 * when `astro build` has finished. build.ts puts the file beside the output folder only
 * once the new build is in place. Does nothing without build.ts's variables.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { PAGE_KEYS_VERSION, RENDER_CACHE_ENV, type PageKeysFile } from './build-env';
import { renderCacheRegistry } from './registry';

export function renderCacheKeys(): AstroIntegration {
  return {
    name: 'render-cache-keys',
    hooks: {
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
          `Reused ${reused} unchanged pages from the previous build; rendered ${rendered}.`,
        );
      },
    },
  };
}
