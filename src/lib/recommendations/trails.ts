/**
 * The cross-link graph: for each recommendation, every paragraph that speaks to it,
 * every assessment of it, and every document involved. Built once from the loaded
 * content, so the recommendation pages, the table, the organisation pages and the
 * tests all read the same answer.
 */
import { comparePartialDates, type PartialDate } from '../dates/partial-date';
import { newestFirst } from '../site/documents';
import { entryById } from '../site/entry-by-id';
import { groupBy } from '../site/group-by';
import { paragraphNumber } from '../markdown/paragraph-id';
import type { Entry, ReportDocument, SiteContent, SiteDocument } from '../site/types';
import type { Recommendation } from '../../schemas/recommendation';
import {
  collectAssessments,
  latestStatus,
  type AssessmentRecord,
  type LatestStatus,
} from './status';

/** A paragraph an author marked with `<Addresses>`. */
export interface MarkedParagraph {
  doc: SiteDocument;
  /** The paragraph's id in its document, e.g. `p4`. */
  paragraph: string;
  /** The paragraph's words, or its opening words when it is long (quote-excerpt.ts). */
  quote: string;
  /** For a list quoted whole, its items. */
  items?: string[] | undefined;
}

export interface RecommendationTrail {
  recommendation: Entry<Recommendation>;
  /** The report it belongs to. */
  report: ReportDocument | undefined;
  /** The response or statement that made it, for a commitment. */
  madeIn: SiteDocument | undefined;
  /** Marked paragraphs, oldest document first, then in reading order. */
  paragraphs: MarkedParagraph[];
  /** Assessments, oldest first. */
  assessments: AssessmentRecord[];
  latest: LatestStatus;
  /** Every document that marks or assesses it, newest first. */
  documents: SiteDocument[];
  /** The newest date anything happened to it: made, addressed or assessed. */
  lastUpdate: PartialDate | undefined;
}

export function recommendationTrails(site: SiteContent): Map<string, RecommendationTrail> {
  const assessments = collectAssessments(site);
  // Lookups built once: with a national corpus (thousands of documents, tens of thousands
  // of recommendations) a search of every document per recommendation took minutes.
  const marks = markedParagraphsByRecommendation(site.documents);
  const assessmentsByRecommendation = groupBy(assessments, (record) => [record.recommendation]);
  const trails = new Map<string, RecommendationTrail>();
  for (const recommendation of sortRecommendations(site.recommendations, site.documents)) {
    const candidate = entryById(site.documents, recommendation.data.report);
    const report = candidate?.type === 'report' ? candidate : undefined;
    const madeIn = entryById(site.documents, recommendation.data.madeIn);
    const paragraphs = marks.get(recommendation.id) ?? [];
    const own = assessmentsByRecommendation.get(recommendation.id) ?? [];
    const documents = newestFirst(
      [...new Set([...paragraphs.map((mark) => mark.doc), ...own.map((record) => record.doc)])],
      site.documents,
    );
    const dates = [
      ...(report ? [report.data.published] : []),
      ...(madeIn ? [madeIn.data.published] : []),
      ...documents.map((doc) => doc.data.published),
      ...own.map((record) => record.date),
    ];
    trails.set(recommendation.id, {
      recommendation,
      report,
      madeIn,
      paragraphs,
      assessments: own,
      latest: latestStatus(own),
      documents,
      lastUpdate: newest(dates),
    });
  }
  return trails;
}

/** For every recommendation, its marked paragraphs: oldest document first, then in reading order. */
function markedParagraphsByRecommendation(
  documents: readonly SiteDocument[],
): Map<string, MarkedParagraph[]> {
  const marks = new Map<string, MarkedParagraph[]>();
  for (const doc of [...newestFirst(documents)].reverse()) {
    for (const [id, links] of groupBy(doc.crossLinks, (link) => [link.recommendation])) {
      links.sort(
        (a, b) => (paragraphNumber(a.paragraph) ?? 0) - (paragraphNumber(b.paragraph) ?? 0),
      );
      const ofThisDoc = links.map(({ paragraph, quote, items }) => ({
        doc,
        paragraph,
        quote,
        items,
      }));
      const earlier = marks.get(id);
      if (earlier) earlier.push(...ofThisDoc);
      else marks.set(id, ofThisDoc);
    }
  }
  return marks;
}

/** Recommendations in a stable reading order: by their report's date, then by id. */
export function sortRecommendations<R extends Entry<Recommendation>>(
  recommendations: readonly R[],
  documents: readonly SiteDocument[],
): R[] {
  const published = (rec: R) => entryById(documents, rec.data.report)?.data.published;
  return [...recommendations].sort((a, b) => {
    const dateA = published(a);
    const dateB = published(b);
    const byDate = dateA && dateB ? comparePartialDates(dateA, dateB) : 0;
    return byDate || a.id.localeCompare(b.id);
  });
}

/** Recommendations addressed to an organisation, in reading order. */
export function addressedTo(
  organisationId: string,
  trails: ReadonlyMap<string, RecommendationTrail>,
): RecommendationTrail[] {
  return [...trails.values()].filter((trail) =>
    trail.recommendation.data.addressedTo.includes(organisationId),
  );
}

/** Recommendations a report made, or that answer it (commitments), in reading order. */
export function ofReport(
  reportId: string,
  trails: ReadonlyMap<string, RecommendationTrail>,
): RecommendationTrail[] {
  return [...(trailsByReport(trails).get(reportId) ?? [])];
}

/**
 * The trails grouped by report, made once per set of trails: every report page asks, and
 * at national scale (4,000 reports, 16,000 recommendations) scanning every trail for each
 * would be 64 million comparisons a build.
 */
const byReportCache = new WeakMap<
  ReadonlyMap<string, RecommendationTrail>,
  Map<string, RecommendationTrail[]>
>();

function trailsByReport(
  trails: ReadonlyMap<string, RecommendationTrail>,
): Map<string, RecommendationTrail[]> {
  let byReport = byReportCache.get(trails);
  if (!byReport) {
    byReport = groupBy(trails.values(), (trail) => [trail.recommendation.data.report]);
    byReportCache.set(trails, byReport);
  }
  return byReport;
}

function newest(dates: readonly PartialDate[]): PartialDate | undefined {
  return [...dates].sort(comparePartialDates).at(-1);
}

const cache = new WeakMap<SiteContent, Map<string, RecommendationTrail>>();

/** The trails of a loaded site, built once however many pages ask. */
export function trailsOf(site: SiteContent): Map<string, RecommendationTrail> {
  let trails = cache.get(site);
  if (!trails) {
    trails = recommendationTrails(site);
    cache.set(site, trails);
  }
  return trails;
}
