/**
 * RSS insists on a full date and time for every item, but many of our sources give only
 * a month or a year. The rule: an item is dated at midnight UTC on the FIRST day it can
 * have happened: the first day of its month or year (1 September 2023 for "September
 * 2023"), or a later one when other facts rule those out (a document's, from
 * earliestPublicationDay). So a feed never claims something happened later than it could
 * have, nor on a day it cannot have; and the item's description always says how precisely
 * the date is really known. The /data/ page states the same rule for readers.
 */
import { formatPartialDate } from '../dates/format';
import { earliestDay, parsePartialDate, type PartialDate } from '../dates/partial-date';

/** Midnight UTC on a day, `YYYY-MM-DD`: the item's first possible day (see above). */
export function feedDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * One sentence giving the real date, e.g. "Published 5 August 2022." or, for a month,
 * "Published September 2023 (the day is not known; feed readers show 1 September 2023)."
 * `shownDay` is the day the item's feed date gives, when it is not the date's first.
 */
export function dateSentence(
  verb: string,
  date: PartialDate,
  shownDay = earliestDay(date),
): string {
  const known = formatPartialDate(date);
  if (date.precision === 'day') return `${verb} ${known}.`;
  const missing = date.precision === 'month' ? 'the day is' : 'the month and day are';
  const shown = parsePartialDate(shownDay);
  return `${verb} ${known} (${missing} not known; feed readers show ${shown ? formatPartialDate(shown) : shownDay}).`;
}
