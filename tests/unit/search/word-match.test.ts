import { describe, expect, test } from 'vitest';
import { stem } from 'porter2';
import { needsStem, truePlaces, type LooseWords } from '../../../src/lib/search/word-match';

const words = 'HMICFRS said the HMIC recommendations on investment in investigating adults'.split(
  ' ',
);
const every = words.map((_, place) => place);

describe('the places that hold a loose word', () => {
  test('are those whose word has its stem, not those that only begin like it', () => {
    // Pagefind, asked for "HMIC" without quotes, also gives the place of "HMICFRS".
    expect(truePlaces(words, [0, 3], { present: ['HMIC'], missing: [] }, stem)).toEqual([3]);
    expect(truePlaces(words, [6, 8], { present: ['investment'], missing: [] }, stem)).toEqual([6]);
  });

  test('include its other endings, as Pagefind matches it in quotes', () => {
    expect(truePlaces(words, every, { present: ['adult'], missing: [] }, stem)).toEqual([9]);
    expect(truePlaces(words, every, { present: ['Recommendation'], missing: [] }, stem)).toEqual([
      4,
    ]);
  });

  test('include a word inside a longer one joined by punctuation, as Pagefind indexes its parts', () => {
    const ranges = 'PEEL 2023–25 and 2021/22 child-protection'.split(' ');
    const all = ranges.map((_, place) => place);
    expect(truePlaces(ranges, all, { present: ['2025'], missing: [] }, stem)).toEqual([1]);
    expect(truePlaces(ranges, all, { present: ['2021', 'protection'], missing: [] }, stem)).toEqual(
      [3, 4],
    );
  });

  test('of a word no document has, are those beginning with it (a half-typed word)', () => {
    expect(truePlaces(words, every, { present: [], missing: ['invest'] }, stem)).toEqual([6, 8]);
  });

  test('are all the places when none holds the word, so a match still shows where it is', () => {
    expect(truePlaces(words, [0, 7], { present: ['zebra'], missing: [] }, stem)).toEqual([0, 7]);
  });
});

describe('whether the stemmer is needed', () => {
  const thrive: LooseWords = { present: ['thrive'], missing: ['safeguar'] };
  const text = 'THRIVE. the safeguarding thrived'.split(' ');

  test('not when every place holds a word as typed, or the start of a missing one', () => {
    expect(needsStem(text, [0, 2], thrive)).toBe(false);
  });

  test('when a place holds another word', () => {
    expect(needsStem(text, [0, 3], thrive)).toBe(true);
  });
});
