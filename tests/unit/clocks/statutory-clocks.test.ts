import { describe, expect, test } from 'vitest';
import { addDays } from '../../../src/lib/dates/partial-date';
import { possibleDays } from '../../../src/lib/dates/day-range';
import {
  answersTo,
  clocksForReport,
  dueRange,
  timing,
  type StatutoryClock,
} from '../../../src/lib/clocks/statutory-clocks';
import { clocksForDocument } from '../../../src/lib/clocks/document-clocks';
import {
  describeDue,
  describePublication,
  describeTiming,
} from '../../../src/lib/clocks/clock-text';
import {
  date,
  organisation,
  report,
  response,
  site,
  statement,
} from '../../support/content-builders';

const { organisations } = site({});
const pccClock = (published: string): StatutoryClock =>
  clocksForReport(report('r', { published, issuer: 'inspectorate' }), organisations).find(
    (clock) => clock.duty === 'pcc-comments',
  ) as StatutoryClock;

describe('adding days', () => {
  test('crosses months, years and leap days', () => {
    expect(addDays('2022-08-05', 56)).toBe('2022-09-30');
    expect(addDays('2022-08-05', 42)).toBe('2022-09-16');
    expect(addDays('2023-12-20', 56)).toBe('2024-02-14');
    expect(addDays('2024-01-10', 56)).toBe('2024-03-06');
    expect(addDays('2023-01-10', 56)).toBe('2023-03-07');
  });
});

describe('which clocks a report starts', () => {
  test('an inspectorate NCPI report starts the PCC’s 56 days and the force’s six weeks', () => {
    // The law's 56 days begin with the day the report is published: 5 August is the
    // first, 29 September the 56th. Six weeks of publication end on the same weekday.
    const clocks = clocksForReport(
      report('ncpi', { published: '2022-08-05', issuer: 'inspectorate' }),
      organisations,
    );
    expect(clocks.map((clock) => [clock.duty, clock.due])).toEqual([
      ['pcc-comments', { earliest: '2022-09-29', latest: '2022-09-29' }],
      ['force-action-plan', { earliest: '2022-09-16', latest: '2022-09-16' }],
    ]);
  });

  test('a PEEL report starts only the PCC’s clock', () => {
    const peel = report('peel', {
      published: '2022-07-07',
      issuer: 'inspectorate',
      inspection: 'peel',
    });
    expect(
      clocksForReport(peel, organisations).map((clock) => [clock.duty, clock.due.earliest]),
    ).toEqual([['pcc-comments', '2022-08-31']]);
  });

  test('a report not issued by an inspectorate starts no PCC clock', () => {
    const other = report('other', {
      published: '2022-07-07',
      issuer: 'the-force',
      inspection: 'peel',
    });
    expect(clocksForReport(other, [...organisations, organisation('x', 'publisher')])).toEqual([]);
  });
});

describe('deadlines from dates known only to the month or year', () => {
  test('a month gives a range of possible deadlines', () => {
    expect(dueRange(possibleDays(date('2022-08')), 56)).toEqual({
      earliest: '2022-09-26',
      latest: '2022-10-26',
    });
    expect(describeDue(dueRange(possibleDays(date('2022-08')), 56))).toBe(
      'between 26 September 2022 and 26 October 2022',
    );
  });

  test('a year gives a range across the year end', () => {
    expect(dueRange(possibleDays(date('2023')), 56)).toEqual({
      earliest: '2023-02-26',
      latest: '2024-02-25',
    });
  });

  test('a day gives one deadline', () => {
    expect(describeDue(dueRange(possibleDays(date('2022-08-05')), 56))).toBe('30 September 2022');
  });
});

describe('what else is known about an imprecise publication date narrows its deadlines', () => {
  // The 2023 post-inspection review: dated only "2023", its visit in April 2023, and a news
  // report of 15 September 2023 saying it was out.
  const review = (extra: { fieldwork?: string; publishedBy?: string }) => {
    const doc = report('review', { published: '2023', issuer: 'inspectorate', ...extra });
    if (extra.publishedBy) doc.data.publishedBy = date(extra.publishedBy);
    return clocksForReport(doc, organisations)[0] as StatutoryClock;
  };

  test('no earlier than the inspection visit, no later than publishedBy', () => {
    const clock = review({ fieldwork: '2023-04', publishedBy: '2023-09-15' });
    expect(clock.published).toEqual({ earliest: '2023-04-01', latest: '2023-09-15' });
    expect(clock.due).toEqual({ earliest: '2023-05-26', latest: '2023-11-09' });
    expect(describePublication(clock)).toBe(
      'known only as 2023, no earlier than the inspection visit in April 2023 and no later than 15 September 2023',
    );
  });

  test('without them, every day of the year', () => {
    const clock = review({});
    expect(clock.due).toEqual({ earliest: '2023-02-25', latest: '2024-02-24' });
    expect(describePublication(clock)).toBe('known only as 2023');
  });

  test('a visit in an earlier year does not widen the window', () => {
    expect(review({ fieldwork: '2022-11' }).published.earliest).toBe('2023-01-01');
  });

  test('an answer on the first possible day is early', () => {
    const clock = review({ fieldwork: '2023-04', publishedBy: '2023-09-15' });
    expect(timing(clock, date('2023-04-01')).verdict).toBe('early');
    expect(timing(clock, date('2023-12-01')).verdict).toBe('late');
  });
});

describe('whether an answer met the deadline', () => {
  const clock = pccClock('2022-08-05');

  test('on time, with the days to spare', () => {
    expect(timing(clock, date('2022-09-20'))).toEqual({ verdict: 'on-time', daysBeforeDue: 9 });
    expect(timing(clock, date('2022-09-29'))).toEqual({ verdict: 'on-time', daysBeforeDue: 0 });
    expect(describeTiming(timing(clock, date('2022-09-28')))).toBe(
      'On time: 1 day before the deadline.',
    );
  });

  test('late, with the days over', () => {
    expect(timing(clock, date('2022-09-30'))).toEqual({ verdict: 'late', daysBeforeDue: -1 });
    expect(timing(clock, date('2022-10-02'))).toEqual({ verdict: 'late', daysBeforeDue: -3 });
    expect(describeTiming(timing(clock, date('2022-10-02')))).toBe(
      'Late: 3 days after the deadline.',
    );
  });

  test('early when published the same day as the report', () => {
    expect(timing(clock, date('2022-08-05')).verdict).toBe('early');
  });

  test('an answer known to the month gets a verdict only when every day of the month agrees', () => {
    expect(timing(clock, date('2022-08'))).toEqual({ verdict: 'on-time' });
    // Due 29 September: an answer in September may have come on the 30th, a day late.
    expect(timing(clock, date('2022-09'))).toEqual({ verdict: 'not-precise-enough' });
    expect(timing(clock, date('2022-10'))).toEqual({ verdict: 'late' });
  });

  test('a report known to the month: a verdict only when it holds for every possible deadline', () => {
    const monthClock = pccClock('2022-08');
    expect(timing(monthClock, date('2022-09-15')).verdict).toBe('on-time');
    expect(timing(monthClock, date('2022-10-01')).verdict).toBe('not-precise-enough');
    expect(timing(monthClock, date('2022-10-27')).verdict).toBe('late');
    expect(timing(monthClock, date('2022-11')).verdict).toBe('late');
  });

  test('a report and an answer known only to the year cannot be judged', () => {
    const verdict = timing(pccClock('2023'), date('2023'));
    expect(verdict).toEqual({ verdict: 'not-precise-enough' });
    expect(describeTiming(verdict)).toMatch(/not known precisely enough/);
  });
});

describe('which documents answer a clock', () => {
  const ncpi = report('ncpi', { published: '2022-08-05', issuer: 'inspectorate' });
  const pccComments = response('pcc-comments-doc', {
    published: '2022-09-20',
    issuer: 'pcc-office',
    respondsTo: ['ncpi'],
    statutoryDuty: 'pcc-comments',
  });
  const mpStatement = statement('mp', {
    published: '2022-08-05',
    authors: ['an-mp'],
    respondsTo: ['ncpi'],
  });
  const otherResponse = response('other', {
    published: '2022-09-01',
    issuer: 'the-force',
    respondsTo: ['ncpi'],
  });
  const documents = [ncpi, pccComments, mpStatement, otherResponse];

  test('only documents that fulfil the duty for that report', () => {
    const [pcc, actionPlan] = clocksForReport(ncpi, organisations);
    expect(answersTo(pcc as StatutoryClock, documents).map((doc) => doc.id)).toEqual([
      'pcc-comments-doc',
    ]);
    expect(answersTo(actionPlan as StatutoryClock, documents)).toEqual([]);
  });

  test("answers to that report only, in the site's order, each once", () => {
    const other = report('other-report', { published: '2022-08-01', issuer: 'inspectorate' });
    const late = response('late-doc', {
      published: '2022-12-01',
      issuer: 'pcc-office',
      respondsTo: ['ncpi', 'ncpi'],
      statutoryDuty: 'pcc-comments',
    });
    const elsewhere = response('elsewhere', {
      published: '2022-09-01',
      issuer: 'pcc-office',
      respondsTo: ['other-report'],
      statutoryDuty: 'pcc-comments',
    });
    const site = [late, other, ...documents, elsewhere];
    const [pcc] = clocksForReport(ncpi, organisations);
    expect(answersTo(pcc as StatutoryClock, site).map((doc) => doc.id)).toEqual([
      'late-doc',
      'pcc-comments-doc',
    ]);
    expect(
      clocksForDocument(late, site, organisations)[0]?.answers.map((answer) => [
        answer.doc.id,
        answer.timing.verdict,
      ]),
    ).toEqual([
      ['late-doc', 'late'],
      ['pcc-comments-doc', 'on-time'],
    ]);
  });

  test('report and response pages show the clocks; a statement only when it fulfils one', () => {
    const onReport = clocksForDocument(ncpi, documents, organisations);
    expect(onReport.map((view) => view.clock.duty)).toEqual(['pcc-comments', 'force-action-plan']);
    expect(onReport[0]?.answers.map((answer) => [answer.doc.id, answer.timing.verdict])).toEqual([
      ['pcc-comments-doc', 'on-time'],
    ]);
    expect(clocksForDocument(pccComments, documents, organisations)).toHaveLength(2);
    expect(clocksForDocument(mpStatement, documents, organisations)).toEqual([]);
  });

  test('a clock lists the report’s other responses that could lead to it, which the page offers when none meets it', () => {
    const [pcc, actionPlan] = clocksForDocument(ncpi, documents, organisations);
    // An MP's statement may carry the PCC's words…
    expect(pcc?.otherResponses.map((doc) => doc.id)).toEqual(['mp', 'other']);
    expect(actionPlan?.answers).toEqual([]);
    // …but the force's action plan is only ever the force's.
    expect(actionPlan?.otherResponses.map((doc) => doc.id)).toEqual(['other']);
  });
});
