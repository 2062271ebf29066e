/**
 * The parts every feed on the site shares: channel link, language, licence and a
 * self link (so a reader that was handed the file knows where to fetch it again).
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { DATA_LICENCE } from '../open-data/licence';
import { absoluteUrl, type UrlContext } from '../site/absolute-url';
import { SITE_NAME } from '../site/site-info';
import { escapeMarkup } from '../text/escape-markup';

export interface FeedSpec {
  title: string;
  description: string;
  /** Root-relative path of the page the feed belongs to, e.g. `/organisations/hmicfrs/`. */
  pagePath: string;
  /** Root-relative path of the feed itself, e.g. `/organisations/hmicfrs/feed.xml`. */
  feedPath: string;
  items: RSSFeedItem[];
}

const ATOM = 'http://www.w3.org/2005/Atom';

/**
 * What the licence covers in a feed: this site's words about the documents, not the
 * documents, which stay their authors' and publishers' (open-data/licence.ts).
 */
export const FEED_RIGHTS = `This feed's summaries and links: ${DATA_LICENCE.name}, ${DATA_LICENCE.url}. The documents stay their authors' and publishers'.`;

export function feedOptions(spec: FeedSpec, urls: UrlContext): RSSOptions {
  const self = absoluteUrl(spec.feedPath, urls.site, urls.base);
  return {
    title: spec.title === SITE_NAME ? SITE_NAME : `${spec.title} – ${SITE_NAME}`,
    description: spec.description,
    site: absoluteUrl(spec.pagePath, urls.site, urls.base),
    trailingSlash: true,
    xmlns: { atom: ATOM },
    customData: [
      '<language>en-gb</language>',
      `<copyright>${escapeMarkup(FEED_RIGHTS)}</copyright>`,
      `<atom:link href="${escapeMarkup(self)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: spec.items,
  };
}
