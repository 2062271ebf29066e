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

/** Newest first, as feed readers expect. */
export function documentFeedItems(
  documents: readonly SiteDocument[],
  organisations: readonly Entry<Organisation>[],
  urls: UrlContext,
): RSSFeedItem[] {
  return newestFirst(documents).map((doc) => documentFeedItem(doc, organisations, urls));
}
