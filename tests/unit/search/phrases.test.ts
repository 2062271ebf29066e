import { describe, expect, test } from 'vitest';
import { highlightTerms, normaliseQuotes, splitPhrases } from '../../../src/lib/search/phrases';

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
