// A quote link's ends are widened to whole words: a text fragment cut inside a word
// ("enhanced tr") matches nothing, so the link would land on the paragraph but show no quote.
import { describe, expect, test } from 'vitest';
import { wordEnd, wordStart } from '../../src/lib/share/whole-words';

const TEXT = 'The Commissioner’s office chose to invest in enhanced training.';

describe('the ends of a selected quote', () => {
  test('move out to the edges of the word they fall inside', () => {
    const inEnhanced = TEXT.indexOf('hanced');
    expect(TEXT.slice(wordStart(TEXT, inEnhanced), inEnhanced)).toBe('en');
    const inTraining = TEXT.indexOf('ining');
    expect(TEXT.slice(inTraining, wordEnd(TEXT, inTraining))).toBe('ining');
  });

  test('stay where they are between words, and before punctuation', () => {
    const atOffice = TEXT.indexOf('office');
    expect(wordStart(TEXT, atOffice)).toBe(atOffice);
    expect(wordEnd(TEXT, atOffice - 1)).toBe(atOffice - 1);
    const afterTraining = TEXT.indexOf('.');
    expect(wordEnd(TEXT, afterTraining)).toBe(afterTraining);
    expect(wordStart(TEXT, 0)).toBe(0);
    expect(wordEnd(TEXT, TEXT.length)).toBe(TEXT.length);
  });

  test('keep a possessive with its word', () => {
    const inPossessive = TEXT.indexOf('’s') + 1;
    expect(TEXT.slice(wordStart(TEXT, inPossessive), wordEnd(TEXT, inPossessive))).toBe(
      'Commissioner’s',
    );
  });
});
