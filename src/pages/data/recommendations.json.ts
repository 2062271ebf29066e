/** /data/recommendations.json: every recommendation with its status history, as open data. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/open-data/json-response';
import { recommendationsFile } from '../../lib/open-data/recommendations-data';
import { trailsOf } from '../../lib/recommendations/trails';
import { loadSite } from '../../lib/site/load-site';

export const GET: APIRoute = async ({ site }) => {
  const content = await loadSite();
  return jsonResponse(
    recommendationsFile(trailsOf(content), content, {
      site,
      base: import.meta.env.BASE_URL,
    }),
  );
};
