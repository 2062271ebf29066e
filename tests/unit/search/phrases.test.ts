import { describe, expect, test } from 'vitest';
import {
  highlightTerms,
  normaliseQuotes,
  searchableQuery,
  splitPhrases,
} from '../../../src/lib/search/phrases';

describe('exact phrases', () => {
  test('curly quotes, as phones type them, become straight quotes', () => {
    expect(normaliseQuotes('“missing children”')).toBe('"missing children"');
  });

  test('splits quoted phrases from loose words', () => {
    expect(splitPhrases('THRIVE "missing  children" police "')).toEqual({
      phrases: ['missing children'],
      words: ['THRIVE', 'police'],
    });
  });

  test('a phrase is highlighted whole, loose words one by one', () => {
    expect(highlightTerms('“missing children” THRIVE')).toEqual(['missing children', 'THRIVE']);
  });
});

describe('phrases Pagefind cannot match whole', () => {
  test('a phrase with "&" is searched by its longest part exactly, the rest loosely', () => {
    expect(searchableQuery('“Fire & Rescue Services” inspection')).toEqual({
      query: '"Rescue Services" Fire inspection',
      split: [
        {
          phrase: 'Fire & Rescue Services',
          wordless: '&',
          exact: 'Rescue Services',
          loose: ['Fire'],
        },
      ],
    });
  });

  test('leaves every other query as typed, with straight quotes', () => {
    expect(searchableQuery('“missing children” THRIVE')).toEqual({
      query: '"missing children" THRIVE',
      split: [],
    });
    expect(searchableQuery('Fire & Rescue')).toEqual({ query: 'Fire & Rescue', split: [] });
  });
});
