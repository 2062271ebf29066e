/** The built /deadlines.ics: parses, and holds every report's deadline as an all-day event. */
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { normaliseSpace, readDist, readPage } from '../support/built-site';

const text = readDist('deadlines.ics');
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
const byUid = (prefix: string) => events.find((event) => event.uid.startsWith(prefix));

describe('/deadlines.ics', () => {
  test('is a well-formed calendar: CRLF line ends, no line over 75 octets', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
  });

  test('has the 2022 inspection’s deadlines as all-day events on the right days', () => {
    // Published 5 August 2022: the force's action plan was due six weeks later; the PCC's
    // comments on the last of the 56 days beginning with that day.
    const plan = byUid('force-action-plan.ncpi-wiltshire-2022@');
    expect(plan?.startDate.isDate).toBe(true);
    expect(plan?.startDate.toString()).toBe('2022-09-16');
    const comments = byUid('pcc-comments.ncpi-wiltshire-2022@');
    expect(comments?.startDate.toString()).toBe('2022-09-29');
    expect(comments?.endDate.toString()).toBe('2022-09-30');
    expect(comments?.description).toContain('Police Act 1996');
    // Only a deadline a law sets is called statutory: the inspectorate set the action plan's.
    const category = (event: ICAL.Event | undefined) =>
      event?.component.getFirstProperty('categories')?.getValues();
    expect(category(comments)).toEqual(['Statutory deadline']);
    expect(category(plan)).toEqual(['Inspectorate deadline']);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toMatch(/^Deadlines – /);
  });

  test('every event is all-day, has a unique id, a link and a description', () => {
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    for (const event of events) {
      expect(event.startDate.isDate, event.uid).toBe(true);
      expect(event.component.getFirstPropertyValue('url'), event.uid).toMatch(/^https?:\/\//);
      expect(event.description.length, event.uid).toBeGreaterThan(20);
    }
  });

  test('a deadline from a report dated less precisely than a day spans its possible days and says why', () => {
    for (const event of events.filter(
      (candidate) => candidate.endDate.toJSDate() > addDays(candidate.startDate.toJSDate(), 1),
    )) {
      expect(event.description, event.uid).toMatch(/known only as/);
    }
    // The 2023 review is dated only "2023", but came out after its April visit and by 15
    // September: its PCC's comments fall due in those days' 56-day periods, not a whole year.
    const review = byUid('pcc-comments.ncpi-wiltshire-post-inspection-review-2023@');
    expect(review?.startDate.toString()).toBe('2023-05-26');
    expect(review?.endDate.toString()).toBe('2023-11-10');
  });

  test('a deadline the timeline cannot date to a day is on its report’s page, and the timeline says where', async () => {
    const timeline = await readPage('/timeline/');
    const events = normaliseSpace(timeline('main').text());
    expect(events).not.toContain(
      'Police and Crime Commissioner’s comments due, on “National child protection inspection post-inspection review',
    );
    expect(timeline('main a[href$="/deadlines.ics"]').length).toBeGreaterThan(0);
    const report = await readPage('/reports/ncpi-wiltshire-post-inspection-review-2023/');
    expect(normaliseSpace(report('#deadlines').parent().text())).toMatch(
      /26 May 2023.*9 November 2023/,
    );
  });
});

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
