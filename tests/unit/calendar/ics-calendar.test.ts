import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { icsCalendar, type AllDayEvent } from '../../../src/lib/calendar/ics-calendar';

const info = { name: 'Deadlines', productId: '-//Example//Deadlines//EN', stamp: '2023-09-15' };

const exact: AllDayEvent = {
  uid: 'pcc-comments-report-a@example.gov.uk',
  title:
    'PCC comments due on: Report A, a title long enough to need folding across more than one line',
  firstDay: '2022-09-30',
  lastDay: '2022-09-30',
  description:
    'Due 30 September 2022.\nAnswered on time; with commas, semicolons, "quotes" and ‘curly’ quotes, which take three octets each in UTF-8 and must never be split across a fold.',
  url: 'https://example.gov.uk/reports/report-a/',
  categories: ['Deadline'],
};

const range: AllDayEvent = {
  ...exact,
  uid: 'pcc-comments-report-b@example.gov.uk',
  title: 'PCC comments due on: Report B',
  firstDay: '2023-05-26',
  lastDay: '2023-06-25',
  description:
    'The report is dated only April 2023, so the deadline falls between 26 May and 25 June 2023.',
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

describe('icsCalendar', () => {
  test('writes all-day events that a calendar parser reads back exactly', () => {
    const [event] = parse(icsCalendar([exact], info));
    expect(event?.uid).toBe(exact.uid);
    expect(event?.summary).toBe(exact.title);
    expect(event?.description).toBe(exact.description);
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('2022-09-30');
    expect(event?.endDate.toString()).toBe('2022-10-01');
  });

  test('stamps events with the day the content last changed, not the build time, so builds repeat', () => {
    const text = icsCalendar([exact], info);
    expect(text).toContain('DTSTAMP:20230915T000000Z');
    expect(icsCalendar([exact], info)).toBe(text);
  });

  test('a deadline known only to a range of days spans every possible day', () => {
    const [event] = parse(icsCalendar([range], info));
    expect(event?.startDate.toString()).toBe('2023-05-26');
    // End is exclusive in RFC 5545: the morning after the last possible day.
    expect(event?.endDate.toString()).toBe('2023-06-26');
  });

  test('uses CRLF line ends and folds lines at 75 octets, never inside a character', () => {
    const text = icsCalendar([exact, range], info);
    const long = text.split('\r\n').filter((line) => Buffer.byteLength(line) > 75);
    expect(long).toEqual([]);
    expect(text).not.toContain('\uFFFD');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  // A carriage return alone is a line break to a lenient parser: "ATTACH:…" after it
  // would be read as a property of its own.
  test('escapes a carriage return alone as a line break, so it cannot start a property', () => {
    const text = icsCalendar(
      [{ ...exact, title: 'PEEL\rATTACH:https://evil.example/x.ics' }],
      info,
    );
    expect(text.split('\r\n').some((line) => line.startsWith('ATTACH'))).toBe(false);
    expect(text.replace(/\r\n/g, '')).not.toContain('\r');
    expect(parse(text)[0]?.summary).toBe('PEEL\nATTACH:https://evil.example/x.ics');
  });

  test('keeps a comma or semicolon inside a category as written, apart from the list', () => {
    const tagged: AllDayEvent = { ...exact, categories: ['Deadline, statutory', 'PCC; force'] };
    const calendar = new ICAL.Component(ICAL.parse(icsCalendar([tagged], info)));
    const categories = calendar.getFirstSubcomponent('vevent')?.getFirstProperty('categories');
    expect(categories?.getValues()).toEqual(['Deadline, statutory', 'PCC; force']);
  });

  test('an empty calendar is still a valid file with its name', () => {
    const text = icsCalendar([], info);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Deadlines');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});
