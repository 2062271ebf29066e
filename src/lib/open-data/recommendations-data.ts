/**
 * /data/recommendations.json: every recommendation with its status history and
 * permanent links to the paragraphs that speak to it. Built from the recommendation
 * tracker's trails (src/lib/recommendations/trails.ts), so the data says exactly what
 * the recommendation pages say. Shape and field meanings: ./schemas/recommendations.schema.json.
 */
import { entryById } from '../site/entry-by-id';
import { isWithdrawn } from '../site/withdrawal';
import type { PartialDate } from '../dates/partial-date';
import { recommendationFeedPath } from '../feeds/feed-paths';
import type { AssessmentRecord } from '../recommendations/status';
import type { RecommendationTrail } from '../recommendations/trails';
import { absoluteUrl, type UrlContext } from '../site/absolute-url';
import { documentPath, paragraphPath, recommendationPath } from '../site/urls';
import type { Entry, SiteContent, SiteDocument } from '../site/types';
import {
  ASSESSMENT_STATUSES,
  ASSESSMENT_STATUS_LABEL,
  type AssessmentStatus,
} from '../../schemas/assessment';
import type { Organisation } from '../../schemas/organisation';
import { RECOMMENDATIONS_SCHEMA_PATH } from './data-paths';
import { datedValue, type DatedValue } from './documents-data';
import { dataFileHeader, type DataFileHeader } from './data-file-header';
import { themeRecords, type ThemeRecord } from './theme-records';

export interface DocumentRef {
  id: string;
  title: string;
  url: string;
}

export interface StatusEntry {
  status: AssessmentStatus;
  statusLabel: string;
  side: AssessmentRecord['side'];
  date: DatedValue;
  document: string;
  documentUrl: string;
  paragraph: string | null;
  permalink: string;
  assessor: { id: string; name: string; kind: 'organisation' | 'person' } | null;
  note: string | null;
  documentWithdrawn: boolean;
}

export interface RecommendationRecord {
  id: string;
  url: string;
  feed: string;
  kind: string;
  title: string;
  text: string;
  wording: 'official' | 'summary';
  note: string | null;
  report: DocumentRef | null;
  madeIn: DocumentRef | null;
  addressedTo: { id: string; name: string }[];
  themes: string[];
  source: string;
  latestClaimed: StatusEntry | null;
  latestVerified: StatusEntry | null;
  statusHistory: StatusEntry[];
  paragraphs: {
    document: string;
    paragraph: string;
    permalink: string;
    quote: string;
    /** Whether `quote` is the document's own words, not our summary of it. */
    verbatim: boolean;
  }[];
  documents: string[];
  lastUpdate: DatedValue | null;
}

export interface RecommendationsFile extends DataFileHeader {
  statuses: { id: AssessmentStatus; label: string; meaning: string }[];
  themes: ThemeRecord[];
  recommendations: RecommendationRecord[];
}

export function statusEntry(record: AssessmentRecord, urls: UrlContext): StatusEntry {
  const documentUrl = absoluteUrl(documentPath(record.doc), urls.site, urls.base);
  const assessor = record.assessor;
  return {
    status: record.status,
    statusLabel: ASSESSMENT_STATUS_LABEL[record.status],
    side: record.side,
    date: datedValue(record.date),
    document: record.doc.id,
    documentUrl,
    paragraph: record.paragraph ?? null,
    permalink: absoluteUrl(paragraphPath(record.doc, record.paragraph), urls.site, urls.base),
    assessor: assessor
      ? {
          id: assessor.entry.id,
          name: assessor.entry.data.name,
          kind: assessor.kind,
        }
      : null,
    note: record.note ?? null,
    documentWithdrawn: isWithdrawn(record.doc),
  };
}

function documentRef(doc: SiteDocument | undefined, urls: UrlContext): DocumentRef | null {
  return doc
    ? {
        id: doc.id,
        title: doc.data.title,
        url: absoluteUrl(documentPath(doc), urls.site, urls.base),
      }
    : null;
}

const dated = (date: PartialDate | undefined) => (date ? datedValue(date) : null);

export function recommendationRecord(
  trail: RecommendationTrail,
  organisations: readonly Entry<Organisation>[],
  urls: UrlContext,
): RecommendationRecord {
  const { recommendation } = trail;
  const { data } = recommendation;
  return {
    id: recommendation.id,
    url: absoluteUrl(recommendationPath(recommendation.id), urls.site, urls.base),
    feed: absoluteUrl(recommendationFeedPath(recommendation.id), urls.site, urls.base),
    kind: data.kind,
    title: data.title,
    text: data.text,
    wording: data.wording,
    note: data.note ?? null,
    report: documentRef(trail.report, urls),
    madeIn: documentRef(trail.madeIn, urls),
    addressedTo: data.addressedTo.map((id) => ({
      id,
      name: entryById(organisations, id)?.data.name ?? id,
    })),
    themes: [...data.themes],
    source: data.source,
    latestClaimed: trail.latest.claimed ? statusEntry(trail.latest.claimed, urls) : null,
    latestVerified: trail.latest.verified ? statusEntry(trail.latest.verified, urls) : null,
    statusHistory: trail.assessments.map((record) => statusEntry(record, urls)),
    paragraphs: trail.paragraphs.map((mark) => ({
      document: mark.doc.id,
      paragraph: mark.paragraph,
      permalink: `${absoluteUrl(documentPath(mark.doc), urls.site, urls.base)}#${mark.paragraph}`,
      quote: mark.quote,
      verbatim: mark.doc.data.verbatim,
    })),
    documents: trail.documents.map((doc) => doc.id),
    lastUpdate: dated(trail.lastUpdate),
  };
}

export function recommendationsFile(
  trails: ReadonlyMap<string, RecommendationTrail>,
  names: Pick<SiteContent, 'organisations' | 'themes'>,
  urls: UrlContext,
): RecommendationsFile {
  return {
    ...dataFileHeader(RECOMMENDATIONS_SCHEMA_PATH, urls),
    statuses: (Object.keys(ASSESSMENT_STATUSES) as AssessmentStatus[]).map((id) => ({
      id,
      label: ASSESSMENT_STATUS_LABEL[id],
      meaning: ASSESSMENT_STATUSES[id],
    })),
    themes: themeRecords(names.themes),
    recommendations: [...trails.values()].map((trail) =>
      recommendationRecord(trail, names.organisations, urls),
    ),
  };
}
