import { describe, expect, test } from 'vitest';
import { phraseLocations, resultLocations } from '../../../src/lib/search/phrase-locations';
import { contentWords } from '../../../src/lib/search/excerpt';
import { BLOCK_END } from '../../../src/lib/search/block-end';
import { quotedPhrases } from '../../../src/lib/search/phrases';

const words = contentWords(
  'Child protection in Wiltshire. The child protection work of the force, and its Child Protection.',
);

describe('the places of exact phrases in a result', () => {
  test('are every match, whatever its case or the punctuation around it', () => {
    expect(phraseLocations(words, ['child protection'])).toEqual([0, 1, 5, 6, 13, 14]);
  });

  test('match whole words in order only', () => {
    expect(phraseLocations(words, ['protection child'])).toEqual([]);
    expect(phraseLocations(words, ['child protect'])).toEqual([]);
  });

  test('pass over a dash or "&" between words, but not the end of a block', () => {
    const text = contentWords(
      `across the organisation – from our call handlers ${BLOCK_END} Crime ${BLOCK_END} & Communications`,
    );
    expect(phraseLocations(text, ['across the organisation – from our call handlers'])).toEqual([
      0, 1, 2, 4, 5, 6, 7,
    ]);
    expect(phraseLocations(text, ['handlers Crime'])).toEqual([]);
  });

  test('ignore a phrase with no words', () => {
    expect(phraseLocations(words, ['&'])).toEqual([]);
  });
});

describe('where a result matched', () => {
  const none = { loose: [], pagefind: [] };

  test('every place of the loose words, and of each phrase: two phrases both shown', () => {
    const phrases = quotedPhrases('"the force" "its child"');
    expect(resultLocations(words, { loose: [3], pagefind: [] }, phrases)).toEqual([
      3, 9, 10, 12, 13,
    ]);
    expect(resultLocations(words, { loose: [3, 8], pagefind: [1] }, [])).toEqual([3, 8]);
  });

  test('a phrase split by "&" shows where it is whole, not every place of its parts', () => {
    const text = contentWords('Crime rates fell. The Crime & Communications Centre answers.');
    const phrases = quotedPhrases('"Crime & Communications Centre"');
    expect(resultLocations(text, none, phrases)).toEqual([4, 6, 7]);
  });

  test('a phrase the result has only in parts shows its parts', () => {
    const text = contentWords('Communications Centre staff. Crime is down.');
    const phrases = quotedPhrases('"Crime & Communications Centre"');
    expect(resultLocations(text, none, phrases)).toEqual([0, 1, 3]);
  });

  test('a phrase Pagefind matched by other word endings keeps Pagefind’s place', () => {
    const text = contentWords('Appropriate adult provided.');
    const phrases = quotedPhrases('"appropriate adults"');
    expect(resultLocations(text, { loose: [], pagefind: [0, 1] }, phrases)).toEqual([0, 1]);
  });
});
