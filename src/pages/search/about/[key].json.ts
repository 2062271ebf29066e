/**
 * /search/about/<letter>.json: the people, organisations and glossary terms with a word of
 * a name starting with that letter, which the search page fetches for a search with a word
 * starting with it, to point to their pages (src/lib/search/about-pages.ts). Unindented:
 * only the search page reads them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { aboutFiles, aboutPagesOf } from '../../../lib/search/about-page-files';
import { aboutFilePath, type AboutPage } from '../../../lib/search/about-pages';
import { withoutUnchangedPages } from '../../../lib/render-cache/skip-unchanged';
import { loadSite } from '../../../lib/site/load-site';

export const getStaticPaths = (async () => {
  const paths = [...aboutFiles(aboutPagesOf(await loadSite()))].map(([key, pages]) => ({
    params: { key },
    props: { pages },
  }));
  // Files whose names are unchanged since the previous `npm run build` are taken from it
  // (render cache: page-inputs.ts keys them by the organisations, people and glossary).
  return withoutUnchangedPages(paths, ({ params }) => aboutFilePath(params.key));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { pages: AboutPage[] }).pages), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
