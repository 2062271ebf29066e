/**
 * Every dated event on the site in one list: inspection visits, publications,
 * responses, statements and statutory deadlines. Each keeps its date's precision, so
 * "April 2023" is never shown as a day.
 */
import { entryById } from '../site/entry-by-id';
import { comparePartialDates, earliestDay, type PartialDate } from '../dates/partial-date';
import { earliestPublicationDay } from '../site/earliest-publication';
import { DUTIES, clocksForReport, exactDue } from '../clocks/statutory-clocks';
import { documentPath } from '../site/urls';
import type { SiteContent } from '../site/types';

export type TimelineEventKind =
  'inspection' | 'publication' | 'response' | 'statement' | 'deadline';

export interface TimelineEvent {
  kind: TimelineEventKind;
  date: PartialDate;
  /**
   * The first day it can have happened, `YYYY-MM-DD`, by which the timeline orders it: a
   * report known only as "2023" came after its April visit (earliest-publication.ts).
   */
  day: string;
  /** What happened, in a short sentence. */
  title: string;
  /** Root-relative link to the page that tells more. */
  path: string;
  /** For a document's publication, when it was later withdrawn: the timeline marks it. */
  withdrawn?: PartialDate | undefined;
}

export interface TimelineYear {
  year: number;
  events: TimelineEvent[];
}

export const EVENT_LABEL: Record<TimelineEventKind, string> = {
  inspection: 'Inspection',
  publication: 'Report published',
  response: 'Response',
  statement: 'Statement',
  deadline: 'Deadline',
};

export function timelineEvents(
  site: Pick<SiteContent, 'documents' | 'organisations'>,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const doc of site.documents) {
    const path = documentPath(doc);
    if (doc.type === 'report') {
      if (doc.data.fieldwork) {
        const force = entryById(site.organisations, doc.data.force)?.data.name ?? doc.data.force;
        events.push({
          kind: 'inspection',
          date: doc.data.fieldwork,
          day: earliestDay(doc.data.fieldwork),
          title: `Inspection visit to ${force}, for “${doc.data.title}”`,
          path,
        });
      }
      events.push({
        kind: 'publication',
        date: doc.data.published,
        day: earliestPublicationDay(doc, site.documents),
        title: doc.data.title,
        path,
        withdrawn: doc.data.withdrawn?.date,
      });
      for (const clock of clocksForReport(doc, site.organisations)) {
        // A deadline is only an event when its day is known; otherwise the report page explains.
        const due = exactDue(clock.due);
        if (!due) continue;
        events.push({
          kind: 'deadline',
          date: due,
          day: due.iso,
          title: `${DUTIES[clock.duty].name} due, on “${doc.data.title}”`,
          path: `${path}#deadlines`,
        });
      }
    } else {
      events.push({
        kind: doc.type,
        date: doc.data.published,
        day: earliestPublicationDay(doc, site.documents),
        title: doc.data.title,
        path,
        withdrawn: doc.data.withdrawn?.date,
      });
    }
  }
  return eventsNewestFirst(events);
}

const KIND_ORDER: TimelineEventKind[] = [
  'deadline',
  'response',
  'statement',
  'publication',
  'inspection',
];

/**
 * Newest first by the first day each can have happened; on the same day, what follows
 * from an event comes before it (a review known only as "2023" above its April visit),
 * then the more precisely dated.
 */
export function eventsNewestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) =>
      b.day.localeCompare(a.day) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      comparePartialDates(b.date, a.date) ||
      a.title.localeCompare(b.title),
  );
}

/**
 * How many events a year may have and still be listed whole on /timeline/. A year with
 * more (a national corpus has thousands a year) shows its latest few there and gets pages
 * of its own, /timeline/<year>/, so the timeline stays quick to load on a phone while each
 * year's heading, which links point to (`/timeline/#year-2023`), stays where it was.
 */
export const YEAR_SHOWN_WHOLE = 50;
/** How many of a long year's latest events /timeline/ shows. */
export const YEAR_PREVIEW = 10;

export function hasOwnPages(year: TimelineYear): boolean {
  return year.events.length > YEAR_SHOWN_WHOLE;
}

/** Events grouped by year, newest year first, keeping the order within each year. */
export function groupByYear(events: readonly TimelineEvent[]): TimelineYear[] {
  const years: TimelineYear[] = [];
  for (const event of eventsNewestFirst(events)) {
    const current = years.at(-1);
    if (current?.year === event.date.year) current.events.push(event);
    else years.push({ year: event.date.year, events: [event] });
  }
  return years;
}

const yearsBySite = new WeakMap<object, TimelineYear[]>();

/**
 * The site's timeline by year, worked out once per build: every page of a long year
 * shows part of it, and sorting 20,000 events for each of them would take seconds.
 */
export function timelineYearsOf(site: Pick<SiteContent, 'documents' | 'organisations'>) {
  let years = yearsBySite.get(site);
  if (!years) {
    years = groupByYear(timelineEvents(site));
    yearsBySite.set(site, years);
  }
  return years;
}
