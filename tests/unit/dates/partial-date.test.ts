import { describe, expect, test } from 'vitest';
import {
  comparePartialDates,
  earliestDay,
  isCertainlyBefore,
  latestDay,
  parsePartialDate,
} from '../../../src/lib/dates/partial-date';
import { formatPartialDate } from '../../../src/lib/dates/format';

const date = (text: string) => {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`bad test date ${text}`);
  return parsed;
};

describe('parsePartialDate', () => {
  test('keeps the precision the source gives', () => {
    expect(date('2023').precision).toBe('year');
    expect(date('2023-09').precision).toBe('month');
    expect(date('2023-09-15')).toMatchObject({ precision: 'day', year: 2023, month: 9, day: 15 });
  });

  test.each(['2023-13', '2023-02-29', '2024-04-31', '23-09-15', '15/09/2023', '2023-9', ''])(
    'rejects "%s"',
    (text) => {
      expect(parsePartialDate(text)).toBeUndefined();
    },
  );

  test('accepts 29 February in a leap year', () => {
    expect(date('2024-02-29').day).toBe(29);
  });
});

describe('formatPartialDate', () => {
  test('shows a date only as precisely as it is known, in en-GB style', () => {
    expect(formatPartialDate(date('2022-08-05'))).toBe('5 August 2022');
    expect(formatPartialDate(date('2023-09'))).toBe('September 2023');
    expect(formatPartialDate(date('2023'))).toBe('2023');
  });
});

describe('ranges of a partial date', () => {
  test('a month runs from its first to its last day', () => {
    expect(earliestDay(date('2023-02'))).toBe('2023-02-01');
    expect(latestDay(date('2023-02'))).toBe('2023-02-28');
    expect(latestDay(date('2024-02'))).toBe('2024-02-29');
  });

  test('a year runs from 1 January to 31 December', () => {
    expect(earliestDay(date('2023'))).toBe('2023-01-01');
    expect(latestDay(date('2023'))).toBe('2023-12-31');
  });
});

describe('isCertainlyBefore', () => {
  test('is true only when no reading of the dates could put them the other way', () => {
    expect(isCertainlyBefore(date('2022-08-05'), date('2023'))).toBe(true);
    expect(isCertainlyBefore(date('2023'), date('2023-09-15'))).toBe(false);
    expect(isCertainlyBefore(date('2023-09-15'), date('2023'))).toBe(false);
    expect(isCertainlyBefore(date('2023-08'), date('2023-09-01'))).toBe(true);
    expect(isCertainlyBefore(date('2023-09'), date('2023-09-01'))).toBe(false);
  });
});

describe('comparePartialDates', () => {
  test('orders by earliest possible day, less precise first on the same day', () => {
    const sorted = ['2023-09-15', '2023', '2022-08-05', '2023-09', '2022-07-07']
      .map(date)
      .sort(comparePartialDates)
      .map((d) => d.iso);
    expect(sorted).toEqual(['2022-07-07', '2022-08-05', '2023', '2023-09', '2023-09-15']);
  });
});
