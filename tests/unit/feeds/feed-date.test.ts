import { describe, expect, test } from 'vitest';
import { dateSentence, feedDate } from '../../../src/lib/feeds/feed-date';
import { day } from '../../support/sample-content';

test('a feed date is midnight UTC on its day, whatever the machine’s time zone', () => {
  expect(feedDate('2022-08-05').toISOString()).toBe('2022-08-05T00:00:00.000Z');
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

  test('names the later day readers see when other facts rule out the first', () => {
    expect(dateSentence('Published', day('2023'), '2023-04-01')).toBe(
      'Published 2023 (the month and day are not known; feed readers show 1 April 2023).',
    );
  });
});
