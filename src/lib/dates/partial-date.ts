/**
 * Dates whose precision we know: a year, a month or a day.
 *
 * Sources often say "September 2023" or only "2023". Inventing a day would put words in
 * the source's mouth, so every date on the site carries its precision and is shown only
 * as precisely as it is known.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The date as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Also valid for `<time datetime>`. */
  readonly iso: string;
  readonly precision: DatePrecision;
  readonly year: number;
  /** 1–12, when known. */
  readonly month?: number;
  /** 1–31, when known. */
  readonly day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** What an author should write, quoted in error messages. */
export const PARTIAL_DATE_HELP =
  'a date in quotes as "YYYY-MM-DD", or "YYYY-MM" when the day is not known, or "YYYY" when only the year is known';

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns `undefined` for anything else or an impossible day. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { iso: text.trim(), precision: 'year', year };
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { iso: text.trim(), precision: 'month', year, month };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { iso: text.trim(), precision: 'day', year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day the date could be, as `YYYY-MM-DD`. */
export function earliestDay(date: PartialDate): string {
  return `${pad(date.year, 4)}-${pad(date.month ?? 1, 2)}-${pad(date.day ?? 1, 2)}`;
}

/** The last day the date could be, as `YYYY-MM-DD`. */
export function latestDay(date: PartialDate): string {
  const month = date.month ?? 12;
  const day = date.day ?? daysInMonth(date.year, month);
  return `${pad(date.year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True only when `a` is certainly before `b`, whatever the unknown parts turn out to be. */
export function isCertainlyBefore(a: PartialDate, b: PartialDate): boolean {
  return latestDay(a) < earliestDay(b);
}

/** True when the `YYYY-MM-DD` day `day` is one of the days `date` could be. */
export function couldBeOn(date: PartialDate, day: string): boolean {
  return earliestDay(date) <= day && day <= latestDay(date);
}

/**
 * Orders dates for listings, newest first when reversed. A less precise date sorts as if
 * it were its earliest possible day, and before a more precise date on that same day.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byDay = earliestDay(a).localeCompare(earliestDay(b));
  if (byDay !== 0) return byDay;
  return precisionRank(a.precision) - precisionRank(b.precision);
}

function precisionRank(precision: DatePrecision): number {
  return precision === 'year' ? 0 : precision === 'month' ? 1 : 2;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Adds whole days to a `YYYY-MM-DD` day, in UTC so no clock change shifts it. */
export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
