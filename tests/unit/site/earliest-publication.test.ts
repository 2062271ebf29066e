import { describe, expect, test } from 'vitest';
import { earliestPublicationDay } from '../../../src/lib/site/earliest-publication';
import { report, response, statement } from '../../support/content-builders';

// The 2023 review: known only as "2023", after an inspection visit in April 2023.
const review = report('review', { published: '2023', fieldwork: '2023-04' });
const inspection = report('inspection', { published: '2022-08-05', fieldwork: '2022-03' });
const documents = [review, inspection];

describe('the first day a document can have been published', () => {
  test('is its own day when it is known to the day', () => {
    expect(earliestPublicationDay(inspection, documents)).toBe('2022-08-05');
  });

  test('is no earlier than the inspection visit a report came after', () => {
    expect(earliestPublicationDay(review, documents)).toBe('2023-04-01');
    const undated = report('undated-visit', { published: '2023' });
    expect(earliestPublicationDay(undated, documents)).toBe('2023-01-01');
  });

  test('is no earlier than the first day the report it answers can have been published', () => {
    const answer = response('answer', { published: '2023', respondsTo: ['review'] });
    expect(earliestPublicationDay(answer, documents)).toBe('2023-04-01');
    const later = statement('later', { published: '2023-09', respondsTo: ['review'] });
    expect(earliestPublicationDay(later, documents)).toBe('2023-09-01');
    const onTheDay = statement('on-the-day', { published: '2023-09-15', respondsTo: ['review'] });
    expect(earliestPublicationDay(onTheDay, documents)).toBe('2023-09-15');
  });

  test('is its own first day when the report it answers is not on the site', () => {
    const answer = response('answer', { published: '2023', respondsTo: ['elsewhere'] });
    expect(earliestPublicationDay(answer, documents)).toBe('2023-01-01');
  });
});
