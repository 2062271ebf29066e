/**
 * The deadlines of every report on the site (statutory-clocks.ts: one set by law, one by
 * the inspectorate), past and coming, as calendar events, each categorised by who set it.
 * The rules and the arithmetic are the recommendation tracker's
 * (src/lib/clocks/); this only words them for a calendar.
 */
import { formatPartialDate } from '../dates/format';
import {
  describeDue,
  describePublication,
  describeTiming,
  NOT_RECORDED_AS_MET,
} from '../clocks/clock-text';
import {
  DUTIES,
  answersTo,
  clocksForReport,
  exactDue,
  ruleSource,
  timing,
  type StatutoryClock,
} from '../clocks/statutory-clocks';
import { absoluteUrl, type UrlContext } from '../site/absolute-url';
import { documentPath } from '../site/urls';
import type { SiteContent } from '../site/types';
import type { AllDayEvent } from './ics-calendar';

function deadlineEvent(
  clock: StatutoryClock,
  site: Pick<SiteContent, 'documents'>,
  urls: UrlContext,
): AllDayEvent {
  const duty = DUTIES[clock.duty];
  const report = clock.report;
  const reportUrl = absoluteUrl(documentPath(report), urls.site, urls.base);
  const exact = exactDue(clock.due);
  const when = exact
    ? `Due by ${describeDue(clock.due)}. The report was published on ${formatPartialDate(report.data.published)}, and the deadline is ${duty.deadline}.`
    : `The deadline is ${duty.deadline}. The report’s publication date is ${describePublication(clock)}, so it falls ${describeDue(clock.due)}; this event covers every day it could be.`;
  const answers = answersTo(clock, site.documents).map(
    (doc) =>
      `Answered by “${doc.data.title}”, published ${formatPartialDate(doc.data.published)}. ${describeTiming(timing(clock, doc.data.published))}`,
  );
  return {
    uid: `${clock.duty}.${report.id}@${new URL(absoluteUrl('/', urls.site, urls.base)).host}`,
    title: `${duty.name} due: ${report.data.title}`,
    firstDay: clock.due.earliest,
    lastDay: clock.due.latest,
    description: [
      when,
      duty.basis,
      ...(answers.length > 0 ? answers : [NOT_RECORDED_AS_MET]),
      `Report: ${reportUrl}`,
      `Rule: ${ruleSource(clock).url}`,
    ].join('\n\n'),
    url: `${reportUrl}#deadlines`,
    categories: [duty.setBy],
  };
}

/** Every clock of every report, oldest deadline first. */
export function deadlineEvents(
  site: Pick<SiteContent, 'documents' | 'organisations'>,
  urls: UrlContext,
): AllDayEvent[] {
  return site.documents
    .flatMap((doc) => (doc.type === 'report' ? clocksForReport(doc, site.organisations) : []))
    .map((clock) => deadlineEvent(clock, site, urls))
    .sort((a, b) => a.firstDay.localeCompare(b.firstDay) || a.uid.localeCompare(b.uid));
}
