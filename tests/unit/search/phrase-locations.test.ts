import { describe, expect, test } from 'vitest';
import { allLocations, phraseLocations } from '../../../src/lib/search/phrase-locations';
import { contentWords } from '../../../src/lib/search/excerpt';

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

  test('of several phrases are merged in order, and loose words keep Pagefind’s places', () => {
    expect(allLocations(words, [3], ['the force', 'its child'])).toEqual([3, 9, 10, 12, 13]);
    expect(allLocations(words, [3, 8], [])).toEqual([3, 8]);
  });

  test('ignore a phrase with no words', () => {
    expect(phraseLocations(words, ['&'])).toEqual([]);
  });
});
