/**
 * /search/filter-ids/<group>/<n>.json: one file of a filter group's labels by id, which
 * the search page fetches only when an address names a value of that group by its id
 * (src/lib/search/filter-ids.ts). Unindented: only the search page reads it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ID_GROUPS, splitIntoFiles } from '../../../../lib/search/filter-ids';
import { filterLabelsById } from '../../../../lib/search/index-fields';
import { loadSite } from '../../../../lib/site/load-site';

export const getStaticPaths = (async () => {
  const labels = filterLabelsById(await loadSite());
  return ID_GROUPS.flatMap((group) =>
    splitIntoFiles(labels[group]).map((file, number) => ({
      params: { group, file: String(number) },
      props: { labels: file },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { labels: Record<string, string> }).labels), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
