/**
 * Checks for the recommendation tracker that need every collection at once: each
 * assessment names a recommendation, a paragraph and an assessor that exist, and is not
 * dated after the document that records it; each commitment's document exists; each
 * document that fulfils a statutory duty says which report it answers.
 */
import { isCertainlyBefore } from '../dates/partial-date';
import { formatPartialDate } from '../dates/format';
import type { ContentProblem } from '../markdown/content-error';
import type { SiteContent } from '../site/types';
import { unknownRecommendation } from './unknown-recommendation';
import { nothingUnread, type UnreadEntries } from './unread-entries';

/** @param unread Entries whose files failed to read: they exist (unread-entries.ts). */
export function checkRecommendationLinks(
  site: SiteContent,
  unread: UnreadEntries = nothingUnread(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const recommendationIds = new Set([
    ...site.recommendations.map((entry) => entry.id),
    ...unread.recommendations,
  ]);
  const assessorIds = new Set([
    ...[...site.organisations, ...site.people].map((entry) => entry.id),
    ...unread.organisations,
    ...unread.people,
  ]);

  // A set, not a search of every document per recommendation: 16,000 of each at scale.
  const answerIds = new Set(
    [...site.documents, ...unread.documents]
      .filter((doc) => doc.type !== 'report')
      .map((doc) => doc.id),
  );
  for (const recommendation of site.recommendations) {
    const madeIn = recommendation.data.madeIn;
    if (madeIn === undefined || answerIds.has(madeIn)) continue;
    problems.push({
      file: recommendation.filePath ?? recommendation.id,
      field: 'madeIn',
      message: `There is no response or statement "${madeIn}". Write the slug of the document that made this commitment (its file name in content/responses/ or content/statements/, without .mdx), or leave madeIn out.`,
    });
  }

  for (const doc of site.documents) {
    const file = doc.filePath ?? doc.id;
    doc.data.assessments.forEach((assessment, index) => {
      const field = (name: string) => `assessments.${index}.${name}`;
      if (!recommendationIds.has(assessment.recommendation)) {
        problems.push({
          file,
          field: field('recommendation'),
          message: unknownRecommendation(assessment.recommendation, recommendationIds),
        });
      }
      if (assessment.paragraph !== undefined && !doc.paragraphs.includes(assessment.paragraph)) {
        const range = doc.paragraphs.length > 0 ? `p1 to ${doc.paragraphs.at(-1)}` : 'none';
        problems.push({
          file,
          field: field('paragraph'),
          message: `This document has no paragraph "${assessment.paragraph}" (its paragraphs are ${range}). Write the id of the paragraph that says so, as in the page's #pN links, or leave paragraph out.`,
        });
      }
      if (assessment.by !== undefined && !assessorIds.has(assessment.by)) {
        problems.push({
          file,
          field: field('by'),
          message: `There is no organisation or person "${assessment.by}". Write the id of one in content/organisations/ or content/people/, or leave by out to mean the document's issuer.`,
        });
      }
      if (assessment.date && isCertainlyBefore(doc.data.published, assessment.date)) {
        problems.push({
          file,
          field: field('date'),
          message: `The assessment is dated ${formatPartialDate(assessment.date)}, after the document that records it (${formatPartialDate(doc.data.published)}). Check the date, or leave it out to use the document's date.`,
        });
      }
    });
    if (doc.type !== 'report' && doc.data.statutoryDuty && doc.data.respondsTo.length === 0) {
      problems.push({
        file,
        field: 'statutoryDuty',
        message:
          'A document that fulfils a statutory duty answers a report: list the report’s slug under respondsTo.',
      });
    }
  }
  return problems;
}
