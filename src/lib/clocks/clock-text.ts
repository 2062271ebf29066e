/** Plain-English wording of deadlines and verdicts, shared by report and response pages. */
import { formatPartialDate } from '../dates/format';
import { parsePartialDate, type PartialDate } from '../dates/partial-date';
import { possibleDays, type DayRange } from '../dates/day-range';
import { exactDue, type StatutoryClock, type Timing } from './statutory-clocks';

/** A `YYYY-MM-DD` day as "30 September 2022". */
function day(iso: string): string {
  return formatPartialDate(parsePartialDate(iso) as PartialDate);
}

/** "30 September 2022", or "between 26 September 2022 and 26 October 2022". */
export function describeDue(range: DayRange): string {
  const exact = exactDue(range);
  return exact
    ? formatPartialDate(exact)
    : `between ${day(range.earliest)} and ${day(range.latest)}`;
}

/**
 * What is known of an imprecise publication date, to explain a range of deadlines:
 * "known only as 2023, no earlier than the inspection visit in April 2023 and no later
 * than 15 September 2023".
 */
export function describePublication(clock: StatutoryClock): string {
  const { published, fieldwork } = clock.report.data;
  const whole = possibleDays(published);
  const bounds = [
    clock.published.earliest > whole.earliest && fieldwork
      ? `no earlier than the inspection visit in ${formatPartialDate(fieldwork)}`
      : undefined,
    clock.published.latest < whole.latest
      ? `no later than ${day(clock.published.latest)}`
      : undefined,
  ].filter(Boolean);
  const known = `known only as ${formatPartialDate(published)}`;
  return bounds.length > 0 ? `${known}, ${bounds.join(' and ')}` : known;
}

const plural = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/** "On time: 12 days before the deadline." and so on. */
export function describeTiming(timing: Timing): string {
  const days = timing.daysBeforeDue;
  switch (timing.verdict) {
    case 'early':
      return 'Early: published the same day as the report, before the clock had run.';
    case 'on-time':
      return days === undefined
        ? 'On time: published by the deadline.'
        : `On time: ${plural(days)} before the deadline.`;
    case 'late':
      return days === undefined
        ? 'Late: published after the deadline.'
        : `Late: ${plural(-days)} after the deadline.`;
    case 'not-precise-enough':
      return 'Cannot tell whether it was on time: the dates are not known precisely enough.';
  }
}

/**
 * Said of a deadline no document on the site is recorded as meeting: not that it was
 * missed, which a resident could easily read into it, since the answer may simply not
 * be published here.
 */
export const NOT_RECORDED_AS_MET =
  'No document on this site is recorded as meeting this deadline. That does not mean it was missed: it may have been met by a document this site does not hold.';
