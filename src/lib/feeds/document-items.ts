/** Documents as feed items: title, full link, honest date, who said it, and its latest update. */
import type { RSSFeedItem } from '@astrojs/rss';
import { newestFirst, publicationDay } from '../site/documents';
import { TYPE_LABEL } from '../site/labels';
import { absoluteUrl, type UrlContext } from '../site/absolute-url';
import { documentPath } from '../site/urls';
import { documentByline } from '../site/document-source';
import type { SiteContent, SiteDocument } from '../site/types';
import { formatPartialDate } from '../dates/format';
import { comparePartialDates } from '../dates/partial-date';
import { dateSentence, feedDate } from './feed-date';
import { endSentence, titleSayingIfWithdrawn, withdrawalSentence } from '../site/withdrawal';

/** What feed items are made from: whose names they give (document-source.ts), and the documents that date them. */
export type FeedContext = Pick<SiteContent, 'organisations' | 'people' | 'documents'>;

/**
 * @param day the item's feed date: the first day the document can have been published.
 * @param whyListed a sentence saying why the feed carries the document, when its page
 *   says so (an organisation's feed: listed-for-its-people.ts).
 */
export function documentFeedItem(
  doc: SiteDocument,
  site: FeedContext,
  urls: UrlContext,
  day = publicationDay(doc, site.documents),
  whyListed?: string,
): RSSFeedItem {
  const kind = TYPE_LABEL[doc.type].one;
  // The byline already says "(our summary)" for a summary page.
  const from = `${documentByline(doc, site)}.`;
  const nature = doc.data.verbatim ? '' : ' The original is linked from the page.';
  // A withdrawn document keeps its item, at its publication date, saying so first: a
  // reader who follows the link then knows before reading that it no longer stands.
  const { withdrawn } = doc.data;
  return {
    // The description changes with each update, which tells most feed readers the item did:
    // a reader who quoted a corrected document hears of the correction.
    title: titleSayingIfWithdrawn(doc),
    link: absoluteUrl(documentPath(doc), urls.site, urls.base),
    pubDate: feedDate(day),
    description: `${withdrawn ? `${withdrawalSentence(withdrawn)} ` : ''}${from}${whyListed ? ` ${whyListed}` : ''} ${dateSentence('Published', doc.data.published, day)}${latestUpdate(doc)} ${doc.data.summary}${nature}`,
    categories: [kind, ...doc.data.themes],
  };
}

/** " Last updated 5 December 2026: <its note>." for a document updated since publication. */
function latestUpdate(doc: SiteDocument): string {
  const latest = doc.data.changes.toSorted((a, b) => comparePartialDates(a.date, b.date)).at(-1);
  return latest
    ? ` Last updated ${formatPartialDate(latest.date)}: ${endSentence(latest.note)}`
    : '';
}

/**
 * How many documents a feed carries, the newest. A feed reader downloads the whole file
 * each time it looks for news and shows what it has not seen before; every document is
 * on the site's lists. With every document in it, the site's feed of a national corpus
 * (10,000 documents) would be megabytes fetched at every check, and rebuilt at every
 * publication.
 */
export const FEED_ITEMS = 100;

/**
 * The newest `FEED_ITEMS` documents, newest first: newestFirst orders by the feed dates
 * readers see, so the order and the cut match them.
 */
export function documentFeedItems(
  documents: readonly SiteDocument[],
  site: FeedContext,
  urls: UrlContext,
  whyListed: (doc: SiteDocument) => string | undefined = () => undefined,
): RSSFeedItem[] {
  return newestFirst(documents, site.documents)
    .slice(0, FEED_ITEMS)
    .map((doc) => documentFeedItem(doc, site, urls, undefined, whyListed(doc)));
}
