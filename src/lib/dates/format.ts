import type { PartialDate } from './partial-date';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Formats a date the way GOV.UK does, only as precisely as it is known:
 * "5 August 2022", "September 2023" or "2023".
 */
export function formatPartialDate(date: PartialDate): string {
  const month = date.month === undefined ? undefined : MONTHS[date.month - 1];
  if (month === undefined) return String(date.year);
  if (date.day === undefined) return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}
