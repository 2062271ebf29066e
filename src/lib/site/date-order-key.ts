/**
 * The one rule that orders documents by date, newest first: in the site's lists, its
 * feeds and open data (documents.ts `newestFirst`) and in search's "Newest first" and
 * "Oldest first" (build-search-index.ts, from the keys each page writes). Kept apart from
 * both so that they cannot drift: a reader sorting search results by date should see
 * statements and responses of one day in the order the lists show them.
 */
import { comparePartialDates, type PartialDate } from '../dates/partial-date.ts';

/** What a document's place in the date order follows from. */
export interface DateOrderKey {
  /** The first day it can have been published, `YYYY-MM-DD` (earliest-publication.ts). */
  day: string;
  /** Whether it answers others (a response or statement) rather than being a report. */
  answers: boolean;
  /** Its publication date as known: a year, a month or a day. */
  published: PartialDate;
  title: string;
}

/**
 * Newest first by `day`. On one day an answer sorts above a report (it cannot be older
 * than the report it answers, and any order of unrelated documents is as good), then a
 * more precise date above a less precise one, then A–Z by title, so the order is stable
 * between builds.
 */
export function compareNewestFirst(a: DateOrderKey, b: DateOrderKey): number {
  return (
    b.day.localeCompare(a.day) ||
    Number(b.answers) - Number(a.answers) ||
    comparePartialDates(b.published, a.published) ||
    a.title.localeCompare(b.title)
  );
}
