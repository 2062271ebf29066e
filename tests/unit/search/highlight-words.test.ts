import { describe, expect, test } from 'vitest';
import { highlightWords, printedWord, WORD_EDGES } from '../../../src/lib/search/highlight-words';

describe('the words a result asks its page to mark', () => {
  test('are the words the document prints there, without the punctuation around them', () => {
    expect(printedWord('(MASH),')).toBe('MASH');
    expect(printedWord('“hasn’t”')).toBe('hasn’t');
    expect(printedWord('£5m.')).toBe('5m');
    expect(printedWord('2023–25;')).toBe('2023–25');
    expect(printedWord('[child-centred]')).toBe('child-centred');
    expect(printedWord('…')).toBe('');
  });

  // The mark stopped before the ")" and "55(5A" was marked, half a reference.
  test('keep a bracket the word opens closed with it', () => {
    expect(printedWord('55(5A),')).toBe('55(5A)');
    expect(printedWord('(55(5A))')).toBe('55(5A)');
    expect(printedWord('s.55[5A].')).toBe('s.55[5A]');
  });

  test('are each phrase as typed, then each matched word once, whole', () => {
    const words = ['HMIC', 'became', 'HMICFRS,', 'and', 'HMIC’s', '(HMIC)'];
    expect(highlightWords(['missing children'], words, [0, 5])).toEqual([
      'missing children',
      'HMIC',
    ]);
    expect(highlightWords([], words, [4])).toEqual(['HMIC’s']);
    // Marked whatever their case or apostrophe, so each is asked for once.
    expect(
      highlightWords([], ['Safeguarding', 'safeguarding', "HMIC's", 'HMIC’s'], [0, 1, 2, 3]),
    ).toEqual(['Safeguarding', "HMIC's"]);
    expect(highlightWords([], words, [])).toEqual([]);
  });

  test('end a word at every character a word is trimmed of, and at nothing else', () => {
    for (const edge of WORD_EDGES) expect(printedWord(`${edge}word${edge}`), edge).toBe('word');
    expect(printedWord('Wiltshire')).toBe('Wiltshire');
    expect(printedWord('été')).toBe('été');
  });
});
