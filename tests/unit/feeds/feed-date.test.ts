import { describe, expect, test } from 'vitest';
import { dateSentence, feedDate } from '../../../src/lib/feeds/feed-date';
import { day } from '../../support/sample-content';

describe('feedDate', () => {
  test('a known day is that day at midnight UTC', () => {
    expect(feedDate(day('2022-08-05')).toISOString()).toBe('2022-08-05T00:00:00.000Z');
  });

  test('a month or a year is dated its earliest possible day, never a later one', () => {
    expect(feedDate(day('2023-09')).toISOString()).toBe('2023-09-01T00:00:00.000Z');
    expect(feedDate(day('2023')).toISOString()).toBe('2023-01-01T00:00:00.000Z');
  });
});

describe('dateSentence', () => {
  test('states a known day plainly', () => {
    expect(dateSentence('Published', day('2022-08-05'))).toBe('Published 5 August 2022.');
  });

  test('says when the day, or the month and day, are not known, and which day readers will see', () => {
    expect(dateSentence('Published', day('2023-09'))).toBe(
      'Published September 2023 (the day is not known; feed readers show 1 September 2023).',
    );
    expect(dateSentence('Published', day('2023'))).toBe(
      'Published 2023 (the month and day are not known; feed readers show 1 January 2023).',
    );
  });
});
