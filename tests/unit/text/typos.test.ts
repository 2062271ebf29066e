import { describe, expect, test } from 'vitest';
import { typoDistance, typosAllowed } from '../../../src/lib/text/typos';

describe('typing slips between two words', () => {
  test('a letter left out, added or changed is one slip, and so are two letters swapped', () => {
    expect(typoDistance('pritchard', 'pritchard', 2)).toBe(0);
    expect(typoDistance('prichard', 'pritchard', 2)).toBe(1);
    expect(typoDistance('pritchards', 'pritchard', 2)).toBe(1);
    expect(typoDistance('pritchart', 'pritchard', 2)).toBe(1);
    expect(typoDistance('pritchadr', 'pritchard', 2)).toBe(1);
    expect(typoDistance('wilkinsen', 'wilkinson', 2)).toBe(1);
    expect(typoDistance('ab', 'ba', 2)).toBe(1);
    expect(typoDistance('', 'abc', 5)).toBe(3);
  });

  test('past the distance asked about, only that it is farther', () => {
    expect(typoDistance('kitten', 'sitting', 5)).toBe(3);
    expect(typoDistance('kitten', 'sitting', 1)).toBe(2);
    expect(typoDistance('pritchard', 'pickard', 1)).toBe(2);
    expect(typoDistance('a', 'abcdefgh', 2)).toBe(3);
  });

  test('short words may have no slip, longer one, the longest two', () => {
    expect(['cse', 'cait', 'crime', 'wiltshi', 'pritchard'].map(typosAllowed)).toEqual([
      0, 0, 1, 1, 2,
    ]);
  });
});
