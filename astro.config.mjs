// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { permalinks } from './src/lib/permalinks/integration.ts';
import { securityHeadersFile } from './src/lib/security/headers-integration.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { dataStoreFromDisk } from './src/integrations/data-store-from-disk.ts';
import { devServerFlag } from './src/integrations/dev-server-flag.ts';
import { siteOriginInCss } from './src/integrations/site-origin-css.ts';
import { buildCacheDir } from './src/lib/site/build-cache.ts';
import { PLACEHOLDER_SITE_URL } from './src/lib/site/site-url.ts';
import { renderCacheKeys, reusedPageUrls } from './src/lib/render-cache/integration.ts';

// Astro hands every environment variable to server code as import.meta.env.<NAME>, so a
// BASE_URL variable (Vitest sets one; a CI or shell could) would replace the base path
// that pages link with. The base path comes from BASE_PATH only.
delete process.env.BASE_URL;

const site = process.env.SITE_URL ?? PLACEHOLDER_SITE_URL;

export default defineConfig({
  site,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Compiled documents and social cards are cached here; fixture builds in tests use their own.
  cacheDir: buildCacheDir(),
  // Stylesheets as files, never inline <style>: the Content Security Policy allows no inline code.
  // Several pages render at once, so one page's file writes and social card (drawn on the
  // thread pool, src/lib/share/social-card.ts) overlap the next page's rendering.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // sitemap-index.xml lists every page; /robots.txt points to it. Pagefind indexes documents,
  // after the permalink check (src/lib/permalinks/) has passed. _headers carries the security headers.
  // renderCacheKeys puts the pages `npm run build` reused from the previous build in place
  // (before the permalink check reads them) and records which pages it may reuse next time
  // (src/middleware.ts, src/lib/render-cache/).
  integrations: [
    mdx(),
    // Pages read the content data store's file rather than a bundled copy of it (why: see the file).
    dataStoreFromDisk(),
    // Under `npm run dev`, pages show content problems instead of failing (src/middleware.ts).
    devServerFlag(),
    renderCacheKeys(),
    // Pages reused from the previous build are not among the pages Astro wrote: see render-cache.
    sitemap({ customPages: reusedPageUrls() }),
    permalinks(),
    pagefindIndex(),
    securityHeadersFile(),
  ],
  /**
   * Content documents are compiled by our own loader (src/lib/content/), not by Astro's
   * Markdown processor. The processor below serves the site's own .mdx pages (such as the
   * accessibility statement). remark plugins only run on unified(); it turns GFM on by
   * itself, so it is switched off here to avoid running remark-gfm twice. SmartyPants is
   * off because published words must stay exactly as written.
   */
  markdown: {
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }),
  },
  devToolbar: { enabled: false },
  // Scripts and small assets as files, never inlined (inline <script> or data: URLs): same reason.
  // Printed pages give the site's own links as full addresses (src/integrations/site-origin-css.ts).
  vite: {
    build: { assetsInlineLimit: 0 },
    css: { postcss: { plugins: [siteOriginInCss(site)] } },
  },
});
