import { describe, expect, test } from 'vitest';
import {
  hasUnpairedQuote,
  normaliseQuotes,
  quotedPhrases,
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

  test('a quotation mark without a partner is noticed, typed straight or curly', () => {
    expect(hasUnpairedQuote('"domestic abuse children')).toBe(true);
    expect(hasUnpairedQuote('“missing children” “police')).toBe(true);
    expect(hasUnpairedQuote('“missing children” police')).toBe(false);
    expect(hasUnpairedQuote('Wiltshire Police’s')).toBe(false);
  });
});

describe('phrases Pagefind cannot match whole', () => {
  test('a phrase with "&" or a dash is searched as its parts, each exactly', () => {
    expect(quotedPhrases('“Fire & Rescue Services” inspection')).toEqual([
      { phrase: 'Fire & Rescue Services', pieces: ['Fire', 'Rescue Services'], wordless: '&' },
    ]);
    expect(quotedPhrases('"across the organisation – from our call handlers"')).toEqual([
      {
        phrase: 'across the organisation – from our call handlers',
        pieces: ['across the organisation', 'from our call handlers'],
        wordless: '–',
      },
    ]);
  });

  test('other phrases are searched whole; one of punctuation alone, not at all', () => {
    expect(quotedPhrases('“missing children” THRIVE "domestic abuse"')).toEqual([
      { phrase: 'missing children', pieces: ['missing children'] },
      { phrase: 'domestic abuse', pieces: ['domestic abuse'] },
    ]);
    // A dash at an end leaves one part, which is the phrase's words: nothing was split.
    expect(quotedPhrases('"– from our call handlers" "&"')).toEqual([
      { phrase: '– from our call handlers', pieces: ['from our call handlers'] },
    ]);
    expect(quotedPhrases('Fire & Rescue')).toEqual([]);
  });
});
