/**
 * Writes an iCalendar (RFC 5545) file of all-day events. A deadline known only to within a
 * range of days (because the report's date is known only to the month or year) becomes
 * one event spanning every possible day, never a guessed single day; its description
 * says why.
 *
 * Written here rather than with a calendar library: the file is one fixed shape (all-day
 * events with nine properties), and the `ics` package this replaced spent about 3 s of a
 * national build (5,000 deadlines) validating each event and folding lines by characters,
 * which then had to be folded again by octets, as RFC 5545 counts them. The unit tests
 * read the file back with an independent parser (ical.js).
 */
import { addDays } from '../dates/partial-date';

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

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2022-09-30` → `20220930`, an RFC 5545 DATE. */
function icsDate(isoDay: string): string {
  const match = ISO_DAY.exec(isoDay);
  if (!match) throw new Error(`Not a day: ${isoDay}`);
  return `${match[1]}${match[2]}${match[3]}`;
}

/** A TEXT value (RFC 5545 §3.3.11): backslashes, semicolons, commas and line breaks escaped. */
function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,');
}

/** A URI value: not escaped (RFC 5545 §3.3.13), but a line break would end the property. */
function uri(value: string): string {
  if (/[\r\n]/.test(value))
    throw new Error(`A calendar link cannot contain a line break: ${value}`);
  return value;
}

function eventLines(event: AllDayEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${text(event.uid)}`,
    `SUMMARY:${text(event.title)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.firstDay)}`,
    // An all-day event ends on the morning after its last day (RFC 5545).
    `DTEND;VALUE=DATE:${icsDate(addDays(event.lastDay, 1))}`,
    `DESCRIPTION:${text(event.description)}`,
    `URL:${uri(event.url)}`,
    // A list of TEXT values: commas inside a value are escaped, those between are not.
    `CATEGORIES:${(event.categories ?? []).map(text).join(',')}`,
    // A deadline is not a meeting: it should not block the reader's time.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function icsCalendar(events: readonly AllDayEvent[], info: CalendarInfo): string {
  const stamp = `${icsDate(info.stamp)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:${text(info.productId)}`,
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(info.name)}`,
    // How often a subscribed app should look for changes.
    'X-PUBLISHED-TTL:PT1H',
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** UTF-8 length of one code point, without encoding it (this runs for every character). */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line so no line exceeds 75 octets (RFC 5545 §3.1), never inside a character. */
function foldLine(line: string): string {
  // Most lines are short: 18 UTF-16 units are at most 54 octets, nothing to fold.
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
