/** /robots.txt: everything may be crawled; the sitemap lists every page. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/absolute-url';

/** Written by @astrojs/sitemap (astro.config.mjs) at the root of the built site. */
const SITEMAP_PATH = '/sitemap-index.xml';

export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      '',
      `Sitemap: ${absoluteUrl(SITEMAP_PATH, site, import.meta.env.BASE_URL)}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
