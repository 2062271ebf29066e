/**
 * /search/filter-ids/<group>/<n>.json: one file of a filter group's labels by id, which
 * the search page fetches only when an address names a value of that group by its id
 * (src/lib/search/filter-ids.ts). Unindented: only the search page reads it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ID_GROUPS, filterIdsPath } from '../../../../lib/search/filter-ids';
import { filterIdFileContents } from '../../../../lib/search/filter-id-file-contents';
import { withoutUnchangedPages } from '../../../../lib/render-cache/skip-unchanged';
import { loadSite } from '../../../../lib/site/load-site';

export const getStaticPaths = (async () => {
  const contents = filterIdFileContents(await loadSite());
  const paths = ID_GROUPS.flatMap((group) =>
    contents[group].map((file, number) => ({
      params: { group, file: String(number) },
      props: { labels: file },
    })),
  );
  // Files whose labels are unchanged since the previous `npm run build` are taken from it
  // (render cache: page-inputs.ts keys each by what it holds).
  return withoutUnchangedPages(paths, ({ params }) =>
    filterIdsPath(params.group, Number(params.file)),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { labels: Record<string, string> }).labels), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
