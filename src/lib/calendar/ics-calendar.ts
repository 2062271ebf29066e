/**
 * Writes an iCalendar (RFC 5545) file of all-day events with the `ics` library, which
 * handles escaping, line folding and CRLF line ends. A deadline known only to within a
 * range of days (because the report's date is known only to the month or year) becomes
 * one event spanning every possible day, never a guessed single day; its description
 * says why.
 *
 * `ics` folds long lines by characters; RFC 5545 counts octets, and our text has curly
 * quotes (three octets each), so its output is refolded at 75 octets here.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';

export interface AllDayEvent {
  /** Stable across builds, so calendar apps update an event instead of duplicating it. */
  uid: string;
  title: string;
  /** First possible day, `YYYY-MM-DD`. */
  firstDay: string;
  /** Last possible day, `YYYY-MM-DD`; the same as firstDay for a known day. */
  lastDay: string;
  description: string;
  url: string;
  categories?: string[];
}

export interface CalendarInfo {
  /** The calendar's name as apps show it. */
  name: string;
  /** PRODID: who made the file. */
  productId: string;
  /**
   * DTSTAMP of every event, `YYYY-MM-DD`: when the information last changed. Not the build
   * time, so two builds of the same content give the same file (reproducible builds).
   */
  stamp: string;
}

function dayArray(isoDay: string): DateArray {
  const [year, month, day] = isoDay.split('-').map(Number);
  if (!year || !month || !day) throw new Error(`Not a day: ${isoDay}`);
  return [year, month, day];
}

/** The day after, as RFC 5545 all-day events end on the morning after their last day. */
function nextDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function icsCalendar(events: readonly AllDayEvent[], info: CalendarInfo): string {
  if (events.length === 0) return emptyCalendar(info);
  const attributes: EventAttributes[] = events.map((event) => ({
    uid: event.uid,
    title: event.title,
    start: dayArray(event.firstDay),
    end: dayArray(nextDay(event.lastDay)),
    description: event.description,
    url: event.url,
    categories: event.categories ?? [],
    // A deadline is not a meeting: it should not block the reader's time.
    transp: 'TRANSPARENT',
    productId: info.productId,
    calName: info.name,
    timestamp: Date.parse(`${info.stamp}T00:00:00Z`),
  }));
  const { error, value } = createEvents(attributes, {
    productId: info.productId,
    calName: info.name,
  });
  if (error || !value)
    throw new Error(`Could not write the calendar: ${error?.message ?? 'no output'}`);
  return refoldByOctets(value);
}

/** UTF-8 length of one code point, without encoding it (this runs for every character). */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Unfolds every content line, then folds it again so no line exceeds 75 octets (RFC 5545 §3.1). */
export function refoldByOctets(calendar: string): string {
  return calendar
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldLine)
    .join('\r\n');
}

function foldLine(line: string): string {
  // Most lines are short: nothing to fold.
  if (line.length <= 18) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // A continuation line starts with one space, which counts towards its 75 octets.
  let limit = 75;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `ics` refuses an empty list; a calendar with no events is still a valid file to subscribe to. */
function emptyCalendar(info: CalendarInfo): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:${info.productId}`,
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${info.name}`,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
