import { describe, expect, test } from 'vitest';
import type { Pagefind, PagefindSearch } from '../../../src/lib/search/pagefind-api';
import { splitPhrases } from '../../../src/lib/search/phrases';
import { looseWords, termFor, trueMatches } from '../../../src/lib/search/ui/loose-words';

/** The words a query holds outside quotes, as the search page passes them. */
const wordsOf = (query: string) => splitPhrases(query).words;

/**
 * A Pagefind whose index has these words, each in the documents listed, recording every
 * search it is asked for.
 */
function indexOf(documentsByWord: Record<string, string[]>) {
  const searched: (string | null)[] = [];
  const pagefind = {
    search: (term: string | null) => {
      searched.push(term);
      const word = term?.replace(/^"|"$/g, '').toLowerCase() ?? '';
      const results = (documentsByWord[word] ?? []).map((id) => ({
        id,
        score: 1,
        data: () => Promise.reject(new Error('not needed')),
      }));
      return Promise.resolve({ results } as unknown as PagefindSearch);
    },
  } as unknown as Pagefind;
  return { pagefind, searched };
}

describe('the loose words of a query', () => {
  test('names those no document has, searching each in quotes', async () => {
    const { pagefind, searched } = indexOf({ police: ['a'], and: ['a', 'b'] });
    const checked = await looseWords(pagefind, wordsOf('andromeda Police'));
    expect(checked.missing).toEqual(['andromeda']);
    expect(searched).toEqual(['"andromeda"', '"Police"']);
  });

  // Index shards fall back apart: a shard without "inadequate" matches "in" in its own
  // documents, which must not be shown as having the word.
  test('gives the documents that have every word some document has', async () => {
    const { pagefind } = indexOf({ appropriate: ['a', 'b', 'c'], adult: ['b', 'c', 'd'] });
    const checked = await looseWords(pagefind, wordsOf('appropriate adult zork'));
    expect([...(checked.having ?? [])].sort()).toEqual(['b', 'c']);
    expect(checked.missing).toEqual(['zork']);
  });

  test('leave out phrases (already exact), repeated words and pieces with no letters', async () => {
    const { pagefind, searched } = indexOf({});
    const checked = await looseWords(pagefind, wordsOf('"missing children" zork & zork'));
    expect(checked).toEqual({ missing: ['zork'], having: undefined, havingAny: new Set() });
    expect(searched).toEqual(['"zork"']);
  });
});

describe('the results shown', () => {
  const results = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

  test('are those with every word some document has', async () => {
    const { pagefind } = indexOf({ appropriate: ['a', 'b'], adult: ['b', 'c'] });
    const checked = await looseWords(pagefind, wordsOf('appropriate adult'));
    expect(trueMatches(results, checked)).toEqual({ results: [{ id: 'b' }], someWordsOnly: false });
  });

  test('when no document has them all, those with some of them, and it is said', async () => {
    const { pagefind } = indexOf({ adults: ['a'], wilkinson: ['c'] });
    const checked = await looseWords(pagefind, wordsOf('adults Wilkinson'));
    expect(trueMatches(results, checked)).toEqual({
      results: [{ id: 'a' }, { id: 'c' }],
      someWordsOnly: true,
    });
  });

  test('are all of Pagefind’s when no loose word is in any document (its closest words)', async () => {
    const { pagefind } = indexOf({});
    const checked = await looseWords(pagefind, wordsOf('andromeda'));
    expect(trueMatches(results, checked)).toEqual({ results, someWordsOnly: false });
  });
});

describe('what the page asks Pagefind for', () => {
  const found = { missing: [], having: new Set(['a']) };

  test('one word some document has, in quotes, so no shard matches only its start', () => {
    expect(termFor('inadequate', ['inadequate'], found)).toBe('"inadequate"');
  });

  test('a word no document has, as typed: its start is what a half-typed word wants', () => {
    expect(termFor('inadeq', ['inadeq'], { missing: ['inadeq'], having: undefined })).toBe(
      'inadeq',
    );
  });

  test('several words, or a phrase with words, as typed (Pagefind takes only a whole query as a phrase)', () => {
    expect(termFor('appropriate adult', ['appropriate', 'adult'], found)).toBe('appropriate adult');
    expect(termFor('"missing children" police', ['police'], found)).toBe(
      '"missing children" police',
    );
  });
});
