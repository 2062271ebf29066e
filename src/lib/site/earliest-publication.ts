/**
 * The first day a document can have been published, from all the site knows: its own
 * date (only its month or year, for some sources), the inspection visit a report came
 * after, and, for a response or statement, the first day the report it answers can have
 * been published. Feeds date an item by it, so none is dated a day other facts on the
 * site rule out: the 2023 review, known only as "2023", came after the April visit.
 */
import { earliestDay } from '../dates/partial-date';
import { possibleDays, type DayRange } from '../dates/day-range';
import { entryById } from './entry-by-id';
import type { ReportDocument, SiteDocument } from './types';

/**
 * The days a report can have been published on: those of its `published` date, but no
 * earlier than the month of its inspection visit, and no later than `publishedBy`.
 */
export function publicationWindow(report: ReportDocument): DayRange {
  const { published, fieldwork, publishedBy } = report.data;
  const { earliest, latest } = possibleDays(published);
  const visit = fieldwork && earliestDay(fieldwork);
  return {
    earliest: visit && visit > earliest ? visit : earliest,
    latest: publishedBy && publishedBy.iso < latest ? publishedBy.iso : latest,
  };
}

export function earliestPublicationDay(
  doc: SiteDocument,
  documents: readonly SiteDocument[],
): string {
  // A date known to the day is the day, whatever else is known; the build refuses an
  // answer dated before the report it answers, or before that report's visit.
  if (doc.data.published.precision === 'day') return doc.data.published.iso;
  if (doc.type === 'report') return publicationWindow(doc).earliest;
  const answered = doc.data.respondsTo.map((id) => entryById(documents, id));
  return [earliestDay(doc.data.published)]
    .concat(
      answered.flatMap((report) =>
        report?.type === 'report' ? [publicationWindow(report).earliest] : [],
      ),
    )
    .reduce((latest, day) => (day > latest ? day : latest));
}
