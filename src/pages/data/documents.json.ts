/** /data/documents.json: every document as open data. */
import type { APIRoute } from 'astro';
import { documentsFile } from '../../lib/open-data/documents-data';
import { jsonResponse } from '../../lib/open-data/json-response';
import { loadSite } from '../../lib/site/load-site';

export const GET: APIRoute = async ({ site }) => {
  const content = await loadSite();
  return jsonResponse(
    documentsFile(content.documents, content, {
      site,
      base: import.meta.env.BASE_URL,
    }),
  );
};
