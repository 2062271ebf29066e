/**
 * Every dated event on the site in one list: inspection visits, publications,
 * responses, statements and statutory deadlines. Each keeps its date's precision, so
 * "April 2023" is never shown as a day.
 */
import { comparePartialDates, type PartialDate } from '../dates/partial-date';
import { DUTIES, clocksForReport, exactDue } from '../clocks/statutory-clocks';
import { documentPath } from '../site/urls';
import type { SiteContent } from '../site/types';

export type TimelineEventKind =
  'inspection' | 'publication' | 'response' | 'statement' | 'deadline';

export interface TimelineEvent {
  kind: TimelineEventKind;
  date: PartialDate;
  /** What happened, in a short sentence. */
  title: string;
  /** Root-relative link to the page that tells more. */
  path: string;
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
        const force =
          site.organisations.find((entry) => entry.id === doc.data.force)?.data.name ??
          doc.data.force;
        events.push({
          kind: 'inspection',
          date: doc.data.fieldwork,
          title: `Inspection visit to ${force}, for “${doc.data.title}”`,
          path,
        });
      }
      events.push({ kind: 'publication', date: doc.data.published, title: doc.data.title, path });
      for (const clock of clocksForReport(doc, site.organisations)) {
        // A deadline is only an event when its day is known; otherwise the report page explains.
        const due = exactDue(clock.due);
        if (!due) continue;
        events.push({
          kind: 'deadline',
          date: due,
          title: `${DUTIES[clock.duty].name} due, on “${doc.data.title}”`,
          path: `${path}#deadlines`,
        });
      }
    } else {
      events.push({ kind: doc.type, date: doc.data.published, title: doc.data.title, path });
    }
  }
  return newestFirst(events);
}

const KIND_ORDER: TimelineEventKind[] = [
  'deadline',
  'response',
  'statement',
  'publication',
  'inspection',
];

/** Newest first; on the same date, what follows from an event comes before it. */
export function newestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) =>
      comparePartialDates(b.date, a.date) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.title.localeCompare(b.title),
  );
}

/** Events grouped by year, newest year first, keeping the order within each year. */
export function groupByYear(events: readonly TimelineEvent[]): TimelineYear[] {
  const years: TimelineYear[] = [];
  for (const event of newestFirst(events)) {
    const current = years.at(-1);
    if (current?.year === event.date.year) current.events.push(event);
    else years.push({ year: event.date.year, events: [event] });
  }
  return years;
}
