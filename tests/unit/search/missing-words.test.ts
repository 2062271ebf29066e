import { describe, expect, test } from 'vitest';
import type { Pagefind, PagefindSearch } from '../../../src/lib/search/pagefind-api';
import { splitPhrases } from '../../../src/lib/search/phrases';
import { wordsNoDocumentHas } from '../../../src/lib/search/ui/missing-words';

/** The words a query holds outside quotes, as the search page passes them. */
const looseWords = (query: string) => splitPhrases(query).words;

/** A Pagefind whose index has these words, recording every search it is asked for. */
function indexOf(words: string[]) {
  const searched: (string | null)[] = [];
  const pagefind = {
    search: (term: string | null) => {
      searched.push(term);
      const word = term?.replace(/^"|"$/g, '').toLowerCase() ?? '';
      const results = words.includes(word)
        ? [{ id: word, score: 1, data: () => Promise.reject(new Error('not needed')) }]
        : [];
      return Promise.resolve({ results } as unknown as PagefindSearch);
    },
  } as unknown as Pagefind;
  return { pagefind, searched };
}

describe('words no document has', () => {
  test('are the loose words a search in quotes finds nowhere', async () => {
    const { pagefind, searched } = indexOf(['police', 'and']);
    expect(await wordsNoDocumentHas(pagefind, looseWords('andromeda Police'))).toEqual([
      'andromeda',
    ]);
    expect(searched).toEqual(['"andromeda"', '"Police"']);
  });

  test('leave out phrases (already exact), repeated words and pieces with no letters', async () => {
    const { pagefind, searched } = indexOf([]);
    expect(
      await wordsNoDocumentHas(pagefind, looseWords('"missing children" zork & zork')),
    ).toEqual(['zork']);
    expect(searched).toEqual(['"zork"']);
  });
});
