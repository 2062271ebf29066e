/** /recommendations/<id>/feed.xml: new documents about one recommendation, and its status changes. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedOptions } from '../../../lib/feeds/feed-options';
import { recommendationFeedPath } from '../../../lib/feeds/feed-paths';
import { recommendationFeedItems } from '../../../lib/feeds/recommendation-items';
import { trailsOf } from '../../../lib/recommendations/trails';
import { loadSite } from '../../../lib/site/load-site';
import { withoutUnchangedPages } from '../../../lib/render-cache/skip-unchanged';
import { recommendationPath } from '../../../lib/site/urls';

export const getStaticPaths = (async () => {
  const content = await loadSite();
  return withoutUnchangedPages(
    content.recommendations.map((recommendation) => ({ params: { id: recommendation.id } })),
    ({ params }) => recommendationFeedPath(params.id),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const content = await loadSite();
  const id = params.id ?? '';
  const trail = trailsOf(content).get(id);
  if (!trail) return new Response(null, { status: 404 });
  const urls = { site, base: import.meta.env.BASE_URL };
  return rss(
    feedOptions(
      {
        title: trail.recommendation.data.title,
        description: `New documents about “${trail.recommendation.data.title}”, and every change in where it stands, claimed or verified.`,
        pagePath: recommendationPath(id),
        feedPath: recommendationFeedPath(id),
        items: recommendationFeedItems(trail, content, urls),
      },
      urls,
    ),
  );
};
