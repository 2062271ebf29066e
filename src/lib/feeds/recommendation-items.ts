/**
 * A recommendation's feed: every document that speaks to it, and every status a
 * document gives it (claimed or verified), newest first. Built from the tracker's trail
 * so the feed says what the recommendation page says.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { comparePartialDates, type PartialDate } from '../dates/partial-date';
import type { AssessmentRecord } from '../recommendations/status';
import type { RecommendationTrail } from '../recommendations/trails';
import { absoluteUrl } from '../site/absolute-url';
import { paragraphPath, recommendationPath } from '../site/urls';
import { ASSESSMENT_STATUSES, ASSESSMENT_STATUS_LABEL } from '../../schemas/assessment';
import { documentFeedItem, type FeedNames } from './document-items';
import { dateSentence, feedDate } from './feed-date';
import type { UrlContext } from './feed-options';
import { escapeMarkup } from '../text/escape-markup';

interface DatedItem {
  date: PartialDate;
  item: RSSFeedItem;
}

export function statusFeedItem(
  record: AssessmentRecord,
  trail: RecommendationTrail,
  urls: UrlContext,
): RSSFeedItem {
  const label = ASSESSMENT_STATUS_LABEL[record.status];
  const who = record.assessor?.entry.data.name;
  const side = record.side === 'verified' ? 'Verified' : 'Claimed';
  const link = absoluteUrl(paragraphPath(record.doc, record.paragraph), urls.site, urls.base);
  // Several statuses can come from one document, so the item's id names the
  // recommendation, the document and the position, not just the link.
  const guid = `${absoluteUrl(recommendationPath(trail.recommendation.id), urls.site, urls.base)}#status-${record.doc.id}-${record.index + 1}`;
  const sideNote =
    record.side === 'verified'
      ? 'This is the inspectorate’s finding.'
      : 'This is a claim, not verified by the inspectorate.';
  return {
    title: `${side}: ${label}${who ? ` – ${who}` : ''} (${trail.recommendation.data.title})`,
    pubDate: feedDate(record.date),
    description: [
      // The status is this site's one-word reading of the document, not the assessor's own word.
      `What ${who ?? 'the document'} says about “${trail.recommendation.data.title}” is recorded here as ${label}: ${ASSESSMENT_STATUSES[record.status]}`,
      sideNote,
      `Source: ${record.doc.data.title}.`,
      dateSentence('Given', record.date),
      record.note ?? '',
    ]
      .filter(Boolean)
      .join(' '),
    categories: [side, label],
    customData: `<link>${escapeMarkup(link)}</link><guid isPermaLink="false">${escapeMarkup(guid)}</guid>`,
  };
}

export function recommendationFeedItems(
  trail: RecommendationTrail,
  site: FeedNames,
  urls: UrlContext,
): RSSFeedItem[] {
  const dated: DatedItem[] = [
    ...trail.documents.map((doc) => ({
      date: doc.data.published,
      item: documentFeedItem(doc, site, urls),
    })),
    ...trail.assessments.map((record) => ({
      date: record.date,
      item: statusFeedItem(record, trail, urls),
    })),
  ];
  return dated.sort((a, b) => comparePartialDates(b.date, a.date)).map(({ item }) => item);
}
