import { describe, expect, test } from 'vitest';
import { describeShown } from '../../../src/lib/search/long-group-status';

const ORGANISATIONS = { one: 'organisation', many: 'organisations' };

describe('the status line of a long filter group', () => {
  test('says how many are shown of how many, and why', () => {
    expect(describeShown(ORGANISATIONS, 130, 12, 40, '')).toBe(
      '12 of 130 organisations: those with the most results. Type to find others.',
    );
    expect(describeShown(ORGANISATIONS, 130, 5, 5, '')).toBe(
      '5 of 130 organisations: those with results. Type to find others.',
    );
    expect(describeShown(ORGANISATIONS, 130, 0, 0, '')).toBe(
      'None of the 130 organisations has results here. Type to find one.',
    );
  });

  test('reads naturally when the group has one value', () => {
    expect(describeShown(ORGANISATIONS, 1, 0, 0, '')).toBe(
      'The one organisation has no results here. Type to find it.',
    );
    expect(describeShown(ORGANISATIONS, 1, 1, 1, '')).toBe(
      'The one organisation has results here.',
    );
  });

  test('counts the values matching the words typed', () => {
    expect(describeShown(ORGANISATIONS, 130, 12, 20, 'police')).toBe(
      '12 of 20 organisations matching “police”. Type more words to narrow them.',
    );
    expect(describeShown(ORGANISATIONS, 130, 1, 1, 'link')).toBe('1 organisation matching “link”.');
    expect(describeShown(ORGANISATIONS, 1, 0, 0, 'xyz')).toBe('No organisation matches “xyz”.');
  });
});
