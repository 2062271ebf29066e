/** Spans of possible days, for dates known only to the month or year. */
import { earliestDay, latestDay, type PartialDate } from './partial-date';

/** A span of possible days, as `YYYY-MM-DD`; one day when `earliest === latest`. */
export interface DayRange {
  earliest: string;
  latest: string;
}

/** Every day a date known only as precisely as it is could be. */
export function possibleDays(date: PartialDate): DayRange {
  return { earliest: earliestDay(date), latest: latestDay(date) };
}
