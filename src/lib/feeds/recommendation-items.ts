/**
 * A recommendation's feed: every document that speaks to it, and every status a
 * document gives it (claimed or verified), newest first. Built from the tracker's trail
 * so the feed says what the recommendation page says.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { comparePartialDates, earliestDay, type PartialDate } from '../dates/partial-date';
import type { AssessmentRecord } from '../recommendations/status';
import { assessorName } from '../recommendations/labels';
import type { RecommendationTrail } from '../recommendations/trails';
import { absoluteUrl, type UrlContext } from '../site/absolute-url';
import { paragraphPath, recommendationPath } from '../site/urls';
import { ASSESSMENT_STATUSES, ASSESSMENT_STATUS_LABEL } from '../../schemas/assessment';
import { earliestPublicationDay } from '../site/earliest-publication';
import { documentFeedItem, type FeedContext } from './document-items';
import { dateSentence, feedDate } from './feed-date';
import { escapeMarkup } from '../text/escape-markup';
import { organisationInText } from '../site/organisation-name';
import { whenWithdrawn } from '../site/withdrawal';

interface DatedItem {
  /** Its feed date, `YYYY-MM-DD`. */
  day: string;
  date: PartialDate;
  item: RSSFeedItem;
}

/** @param day the item's feed date (statusDay). */
export function statusFeedItem(
  record: AssessmentRecord,
  trail: RecommendationTrail,
  urls: UrlContext,
  day: string,
): RSSFeedItem {
  const label = ASSESSMENT_STATUS_LABEL[record.status];
  // A person with the organisation they spoke for then, as the recommendation's page names them.
  const who =
    record.assessor?.kind === 'person' ? assessorName(record) : record.assessor?.entry.data.name;
  // In a sentence an organisation's name takes its article: "What the Office of … says".
  const whoInText =
    record.assessor?.kind === 'organisation' ? organisationInText(record.assessor.entry.data) : who;
  const side = record.side === 'verified' ? 'Verified' : 'Claimed';
  const link = absoluteUrl(paragraphPath(record.doc, record.paragraph), urls.site, urls.base);
  // Several statuses can come from one document, so the item's id names the
  // recommendation, the document and the position, not just the link.
  const guid = `${absoluteUrl(recommendationPath(trail.recommendation.id), urls.site, urls.base)}#status-${record.doc.id}-${record.index + 1}`;
  const { withdrawn } = record.doc.data;
  const sideNote =
    record.side === 'verified'
      ? 'This is the inspectorate’s finding.'
      : 'This is a claim, not verified by the inspectorate.';
  return {
    title: `${side}: ${label}${who ? ` – ${who}` : ''} (${trail.recommendation.data.title})`,
    pubDate: feedDate(day),
    description: [
      // The status is this site's one-word reading of the document, not the assessor's own word.
      `What ${whoInText ?? 'the document'} says about “${trail.recommendation.data.title}” is recorded here as ${label}: ${ASSESSMENT_STATUSES[record.status]}`,
      sideNote,
      `Source: ${record.doc.data.title}.`,
      withdrawn
        ? `That document has since been withdrawn (${whenWithdrawn(withdrawn)}), so this status no longer counts in where it stands.`
        : '',
      dateSentence('Given', record.date, day),
      record.note ?? '',
    ]
      .filter(Boolean)
      .join(' '),
    categories: [side, label],
    customData: `<link>${escapeMarkup(link)}</link><guid isPermaLink="false">${escapeMarkup(guid)}</guid>`,
  };
}

/**
 * A status's feed date: the first day of its own date, or, when the assessment gives
 * none, the first day its document can have been published, as the document's own item.
 */
function statusDay(record: AssessmentRecord, documents: FeedContext['documents']): string {
  return record.ownDate ? earliestDay(record.date) : earliestPublicationDay(record.doc, documents);
}

export function recommendationFeedItems(
  trail: RecommendationTrail,
  site: FeedContext,
  urls: UrlContext,
): RSSFeedItem[] {
  const dated: DatedItem[] = [
    ...trail.documents.map((doc) => {
      const day = earliestPublicationDay(doc, site.documents);
      return { day, date: doc.data.published, item: documentFeedItem(doc, site, urls, day) };
    }),
    ...trail.assessments.map((record) => {
      const day = statusDay(record, site.documents);
      return { day, date: record.date, item: statusFeedItem(record, trail, urls, day) };
    }),
  ];
  // Newest first by the dates readers see; on one day, the more precisely dated first.
  return dated
    .sort((a, b) => b.day.localeCompare(a.day) || comparePartialDates(b.date, a.date))
    .map(({ item }) => item);
}
