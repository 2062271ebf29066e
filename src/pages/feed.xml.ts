/** /feed.xml: the newest documents on the site (FEED_ITEMS in document-items.ts), newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { documentFeedItems } from '../lib/feeds/document-items';
import { feedOptions } from '../lib/feeds/feed-options';
import { SITE_FEED_PATH } from '../lib/feeds/feed-paths';
import { loadSite } from '../lib/site/load-site';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site/site-info';

export const GET: APIRoute = async ({ site }) => {
  const content = await loadSite();
  const urls = { site, base: import.meta.env.BASE_URL };
  return rss(
    feedOptions(
      {
        title: SITE_NAME,
        description: SITE_DESCRIPTION,
        pagePath: '/',
        feedPath: SITE_FEED_PATH,
        items: documentFeedItems(content.documents, content, urls),
      },
      urls,
    ),
  );
};
