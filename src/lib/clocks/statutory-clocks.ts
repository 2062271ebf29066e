/**
 * Statutory clocks: the deadlines that start when an inspection report is published,
 * and whether the answer came in time. One is set by law (the PCC's comments); the other
 * by the inspectorate (the force's action plan), and readers are told which is which.
 *
 * Dates here are often known only to the month or year. A deadline computed from such
 * a date is a range of possible days, and a verdict is given only when it holds for
 * every possible day; otherwise the page says the dates are not precise enough to tell.
 * What else is known about the date (the inspection visit before it, a source showing
 * the report was out by a certain day) narrows the range.
 */
import { entryById } from '../site/entry-by-id';
import { addDays, parsePartialDate, type PartialDate } from '../dates/partial-date';
import { possibleDays, type DayRange } from '../dates/day-range';
import { respondersTo } from '../site/documents';
import { publicationWindow } from '../site/earliest-publication';
import type { Entry, ReportDocument, SiteDocument } from '../site/types';
import type { StatutoryDuty } from '../../schemas/document';
import type { Organisation } from '../../schemas/organisation';

/** The rules, with where each comes from. */
export const DUTIES: Record<
  StatutoryDuty,
  {
    /**
     * The last day the answer is due, counted in days after the report's publication.
     * The law's "period of 56 days beginning with the day on which the report is
     * published" counts that day as the first, so it ends 55 days after it; "within six
     * weeks of publication" ends on the same weekday six weeks on, 42 days after it.
     */
    lastDayAfterPublication: number;
    name: string;
    /** When it is due, as a phrase that follows "The deadline is". */
    deadline: string;
    /** Who set it, as calendar apps show it: "Statutory deadline" only where a law sets it. */
    setBy: string;
    /**
     * What meets it, as a phrase that follows "none is recorded as": why a reply to the
     * report (an MP's statement carrying the PCC's words, say) is not counted.
     */
    metBy: string;
    basis: string;
    /** The rule's address, or `report` when the report itself sets it (ruleSource). */
    source: string;
    sourceLabel: string;
  }
> = {
  'pcc-comments': {
    lastDayAfterPublication: 55,
    name: 'Police and Crime Commissioner’s comments',
    deadline: 'the last of the 56 days beginning with the day the report was published',
    setBy: 'Statutory deadline',
    metBy: 'the comments the Police and Crime Commissioner published under this duty',
    basis:
      'Police Act 1996, section 55(5A) and (5B), inserted by section 37 of the Policing and Crime Act 2017: after an HMICFRS report on a force, the PCC must publish comments on it, with any comments the Chief Constable submits, before the end of 56 days beginning with the day the report is published.',
    source: 'https://www.legislation.gov.uk/ukpga/2017/3/section/37',
    sourceLabel: 'section 37 of the Policing and Crime Act 2017 on legislation.gov.uk',
  },
  'force-action-plan': {
    lastDayAfterPublication: 42,
    name: 'Force’s action plan to HMICFRS',
    // Our notes (facts.md) give the six weeks, from the report, but not the day they start:
    // counting them from publication is this site's reading, and the reader is told so.
    deadline: 'six weeks after the report was published, counted from that day',
    setBy: 'Inspectorate deadline',
    metBy: 'the action plan the force sent to HMICFRS',
    basis:
      'After a national child protection inspection, the force has six weeks to send HMICFRS an action plan. The sources this site holds do not say from which day the six weeks run, so they are counted here from the day the report was published.',
    source: 'report',
    sourceLabel: 'the report on the inspectorate’s website',
  },
};

/** Where a clock's rule is written: the law, or the report that set the deadline. */
export function ruleSource(clock: Pick<StatutoryClock, 'duty' | 'report'>): {
  url: string;
  label: string;
} {
  const { source, sourceLabel } = DUTIES[clock.duty];
  return { url: source === 'report' ? clock.report.data.source.url : source, label: sourceLabel };
}

export interface StatutoryClock {
  duty: StatutoryDuty;
  report: ReportDocument;
  /** The days the report can have been published on (publicationWindow). */
  published: DayRange;
  /** The deadline: one day when the report's date is known to the day. */
  due: DayRange;
}

export type Verdict = 'early' | 'on-time' | 'late' | 'not-precise-enough';

export interface Timing {
  verdict: Verdict;
  /** Days between the answer and the deadline (positive: before it), when both are known to the day. */
  daysBeforeDue?: number;
}

/** The possible last days, `days` after each day of `from`. */
export function dueRange(from: DayRange, days: number): DayRange {
  return { earliest: addDays(from.earliest, days), latest: addDays(from.latest, days) };
}

/** The deadline as a date, when it is known to the day. */
export function exactDue(range: DayRange): PartialDate | undefined {
  return range.earliest === range.latest ? parsePartialDate(range.earliest) : undefined;
}

/**
 * Which clocks a report starts: every HMICFRS report on a force starts the PCC's
 * 56 days; a national child protection inspection also starts the force's six weeks.
 */
export function clocksForReport(
  report: ReportDocument,
  organisations: readonly Entry<Organisation>[],
): StatutoryClock[] {
  const issuer = entryById(organisations, report.data.issuer);
  const duties: StatutoryDuty[] = [];
  if (issuer?.data.kind === 'inspectorate') duties.push('pcc-comments');
  if (report.data.inspection === 'ncpi') duties.push('force-action-plan');
  const published = publicationWindow(report);
  return duties.map((duty) => ({
    duty,
    report,
    published,
    due: dueRange(published, DUTIES[duty].lastDayAfterPublication),
  }));
}

/**
 * Whether an answer published on `answered` met the clock. Early means it came out no
 * later than the report itself, the day the clock started; on time, by the deadline;
 * late, after it. Each only when true for every day the dates could be.
 */
export function timing(clock: StatutoryClock, answered: PartialDate): Timing {
  const { earliest: first, latest: last } = possibleDays(answered);
  const exact = exactDue(clock.due);
  const daysBeforeDue =
    exact && first === last
      ? Math.round((Date.parse(exact.iso) - Date.parse(first)) / 86_400_000)
      : undefined;
  const withDays = (verdict: Verdict): Timing =>
    daysBeforeDue === undefined ? { verdict } : { verdict, daysBeforeDue };
  if (first > clock.due.latest) return withDays('late');
  if (last <= clock.published.earliest) return withDays('early');
  if (last <= clock.due.earliest) return withDays('on-time');
  return { verdict: 'not-precise-enough' };
}

/**
 * Whether a response to the report that is not recorded as meeting the clock's duty is
 * still a lead to it, listed under the deadline. The PCC's words travel in others'
 * statements (an MP's carrying the PCC's response, say), so any response is a lead to
 * the PCC's comments; the force's action plan can only be the force's own.
 */
export function leadsTo(clock: StatutoryClock, doc: SiteDocument): boolean {
  return clock.duty !== 'force-action-plan' || doc.data.issuer === clock.report.data.force;
}

/** The documents on the site that fulfil a clock's duty for its report. */
export function answersTo(
  clock: StatutoryClock,
  documents: readonly SiteDocument[],
): SiteDocument[] {
  // Looked up in an index built once per list: scanning every document for every clock
  // made the build quadratic (every document page and the calendar ask).
  return respondersTo(documents, clock.report.id).filter(
    (doc) => doc.data.statutoryDuty === clock.duty,
  );
}
