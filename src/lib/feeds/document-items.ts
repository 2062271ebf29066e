/** Documents as feed items: title, full link, honest date, and who said it. */
import type { RSSFeedItem } from '@astrojs/rss';
import { newestFirst } from '../site/documents';
import { TYPE_LABEL } from '../site/labels';
import { absoluteUrl } from '../site/absolute-url';
import { documentPath } from '../site/urls';
import type { Entry, SiteDocument } from '../site/types';
import type { Organisation } from '../../schemas/organisation';
import { dateSentence, feedDate } from './feed-date';
import type { UrlContext } from './feed-options';

export function documentFeedItem(
  doc: SiteDocument,
  organisations: readonly Entry<Organisation>[],
  urls: UrlContext,
): RSSFeedItem {
  const issuer = organisations.find((entry) => entry.id === doc.data.issuer)?.data.name;
  const kind = TYPE_LABEL[doc.type].one;
  const from = issuer ? `${kind} from ${issuer}.` : `${kind}.`;
  const nature = doc.data.verbatim
    ? ''
    : ' Our plain-English summary; the original is linked from the page.';
  return {
    title: doc.data.title,
    link: absoluteUrl(documentPath(doc), urls.site, urls.base),
    pubDate: feedDate(doc.data.published),
    description: `${from} ${dateSentence('Published', doc.data.published)} ${doc.data.summary}${nature}`,
    categories: [kind, ...doc.data.themes],
  };
}

/**
 * How many documents a feed carries, the newest. A feed reader downloads the whole file
 * each time it looks for news and shows what it has not seen before; every document is
 * on the site's lists. With every document in it, the site's feed of a national corpus
 * (10,000 documents) would be megabytes fetched at every check, and rebuilt at every
 * publication.
 */
export const FEED_ITEMS = 100;

/** The newest `FEED_ITEMS` documents, newest first, as feed readers expect. */
export function documentFeedItems(
  documents: readonly SiteDocument[],
  organisations: readonly Entry<Organisation>[],
  urls: UrlContext,
): RSSFeedItem[] {
  return newestFirst(documents)
    .slice(0, FEED_ITEMS)
    .map((doc) => documentFeedItem(doc, organisations, urls));
}
