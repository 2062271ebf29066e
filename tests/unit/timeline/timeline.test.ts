import { describe, expect, test } from 'vitest';
import { groupByYear, timelineEvents } from '../../../src/lib/timeline/timeline';
import { report, response, site, statement } from '../../support/content-builders';

const content = site({
  documents: [
    report('ncpi', { published: '2022-08-05', issuer: 'inspectorate', fieldwork: '2022-03' }),
    report('review', {
      published: '2023',
      issuer: 'inspectorate',
      inspection: 'ncpi-post-inspection-review',
      fieldwork: '2023-04',
    }),
    statement('force', { published: '2023-09-15', issuer: 'the-force', respondsTo: ['review'] }),
    response('pcc', { published: '2023', issuer: 'pcc-office', respondsTo: ['review'] }),
  ],
});

describe('the timeline', () => {
  const events = timelineEvents(content);
  const summary = events.map((event) => `${event.date.iso} ${event.kind} ${event.path}`);

  test('has every inspection visit, publication, response, statement and known deadline, newest first', () => {
    expect(summary).toEqual([
      '2023-09-15 statement /statements/force/',
      // Known only as "2023", the review and the response to it came after the April visit.
      '2023 response /responses/pcc/',
      '2023 publication /reports/review/',
      '2023-04 inspection /reports/review/',
      '2022-09-29 deadline /reports/ncpi/#deadlines',
      '2022-09-16 deadline /reports/ncpi/#deadlines',
      '2022-08-05 publication /reports/ncpi/',
      '2022-03 inspection /reports/ncpi/',
    ]);
  });

  test('leaves out a deadline whose day cannot be known, rather than inventing one', () => {
    expect(
      events.filter(
        (event) => event.kind === 'deadline' && event.path.startsWith('/reports/review/'),
      ),
    ).toEqual([]);
  });

  test('keeps each date only as precise as it is known', () => {
    expect(events.find((event) => event.kind === 'inspection')?.date.precision).toBe('month');
    expect(events.find((event) => event.kind === 'response')?.date.precision).toBe('year');
  });

  test('groups by year, newest year first', () => {
    expect(groupByYear(events).map(({ year, events: inYear }) => [year, inYear.length])).toEqual([
      [2023, 4],
      [2022, 4],
    ]);
  });
});
