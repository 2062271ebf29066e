/**
 * RSS insists on a full date and time for every item, but many of our sources give only
 * a month or a year. The rule: an item is dated at midnight UTC on the FIRST day of its
 * month or year (1 September 2023 for "September 2023", 1 January 2023 for "2023"), so a
 * feed never claims something happened later than it could have (other facts, such as an
 * inspection visit, may rule that first day out; the rule stays simple); and the item's
 * description always says how precisely the date is really known. The /data/ page
 * states the same rule for readers.
 */
import { formatPartialDate } from '../dates/format';
import { earliestDay, type PartialDate } from '../dates/partial-date';

/** Midnight UTC on the earliest day the date could be. */
export function feedDate(date: PartialDate): Date {
  return new Date(`${earliestDay(date)}T00:00:00Z`);
}

/**
 * One sentence giving the real date, e.g. "Published 5 August 2022." or, for a
 * month, "Published September 2023 (the day is not known; feed readers show 1 September 2023)."
 */
export function dateSentence(verb: string, date: PartialDate): string {
  const known = formatPartialDate(date);
  if (date.precision === 'day') return `${verb} ${known}.`;
  const missing = date.precision === 'month' ? 'the day is' : 'the month and day are';
  const shown = formatPartialDate({ ...date, precision: 'day', month: date.month ?? 1, day: 1 });
  return `${verb} ${known} (${missing} not known; feed readers show ${shown}).`;
}
