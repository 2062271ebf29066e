import { describe, expect, test } from 'vitest';
import { deadlineEvents } from '../../../src/lib/calendar/statutory-deadlines';
import { SAMPLE_SITE, sampleSite } from '../../support/sample-content';

const events = deadlineEvents(sampleSite, { site: SAMPLE_SITE, base: '/' });
const event = (uid: string) => events.find((candidate) => candidate.uid === uid);

describe('deadlineEvents', () => {
  test('an NCPI report starts the force’s six weeks and the PCC’s 56 days, each on a known day', () => {
    expect(event('force-action-plan.inspection-2022@example.gov.uk')).toMatchObject({
      firstDay: '2022-09-16',
      lastDay: '2022-09-16',
    });
    expect(event('pcc-comments.inspection-2022@example.gov.uk')).toMatchObject({
      firstDay: '2022-09-29',
      lastDay: '2022-09-29',
      url: 'https://example.gov.uk/reports/inspection-2022/#deadlines',
    });
  });

  test('a report dated only to the month gives a deadline spanning every possible day, and says so', () => {
    const review = event('pcc-comments.review-2023@example.gov.uk');
    expect(review).toMatchObject({ firstDay: '2023-05-26', lastDay: '2023-06-24' });
    expect(review?.description).toContain('known only as April 2023');
    expect(review?.description).toContain('between 26 May 2023 and 24 June 2023');
    expect(event('force-action-plan.review-2023@example.gov.uk')).toBeUndefined();
  });

  test('says whether the deadline was answered, and whether in time', () => {
    expect(event('pcc-comments.inspection-2022@example.gov.uk')?.description).toContain(
      'Answered by “PCC response & comments”, published 2023. Late',
    );
    expect(event('force-action-plan.inspection-2022@example.gov.uk')?.description).toContain(
      'No document on this site is recorded as meeting this deadline. That does not mean it was missed: it may have been met by a document this site does not hold.',
    );
  });

  test('lists deadlines oldest first', () => {
    const days = events.map((candidate) => candidate.firstDay);
    expect(days).toEqual([...days].sort());
    expect(events).toHaveLength(3);
  });
});
