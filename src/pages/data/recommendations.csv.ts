/** /data/recommendations.csv: the same records as recommendations.json, one row each, for spreadsheets. */
import type { APIRoute } from 'astro';
import { recommendationsCsv } from '../../lib/open-data/recommendations-csv';
import { recommendationsFile } from '../../lib/open-data/recommendations-data';
import { trailsOf } from '../../lib/recommendations/trails';
import { loadSite } from '../../lib/site/load-site';

export const GET: APIRoute = async ({ site }) => {
  const content = await loadSite();
  const file = recommendationsFile(trailsOf(content), content, {
    site,
    base: import.meta.env.BASE_URL,
  });
  return new Response(recommendationsCsv(file.recommendations), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
