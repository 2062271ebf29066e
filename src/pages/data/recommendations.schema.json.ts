/** /data/recommendations.schema.json: the JSON Schema (draft 2020-12) of /data/recommendations.json. */
import type { APIRoute } from 'astro';
import schema from '../../lib/open-data/schemas/recommendations.schema.json';
import { RECOMMENDATIONS_SCHEMA_PATH } from '../../lib/open-data/data-paths';
import { jsonResponse, servedSchema } from '../../lib/open-data/json-response';
import { absoluteUrl } from '../../lib/site/absolute-url';

export const GET: APIRoute = ({ site }) =>
  jsonResponse(
    servedSchema(schema, absoluteUrl(RECOMMENDATIONS_SCHEMA_PATH, site, import.meta.env.BASE_URL)),
  );
