import { describe, expect, test } from 'vitest';
import type { Pagefind, PagefindSearch } from '../../../src/lib/search/pagefind-api';
import { quotedPhrases, splitPhrases } from '../../../src/lib/search/phrases';
import {
  checkQuery,
  someWordsOnly,
  termFor,
  trueMatches,
} from '../../../src/lib/search/ui/query-checks';

/** The quoted phrases and loose words of a query, as the search page passes them. */
const partsOf = (query: string) => [quotedPhrases(query), splitPhrases(query).words] as const;

/**
 * A Pagefind whose index has these words and phrases (lower case, quoted or not), each in
 * the documents listed, recording every search it is asked for. An unquoted search of
 * several words gives the documents with all of them, each with a place per word.
 */
function indexOf(documentsByTerm: Record<string, string[]>) {
  const searched: (string | null)[] = [];
  const pagefind = {
    search: (term: string | null) => {
      searched.push(term);
      const quoted = /^"(.*)"$/.exec(term ?? '');
      const terms = quoted ? [quoted[1] ?? ''] : (term ?? '').split(' ');
      const sets = terms.map((one) => documentsByTerm[one.toLowerCase()] ?? []);
      const ids = (sets[0] ?? []).filter((id) => sets.every((set) => set.includes(id)));
      const results = ids.map((id) => ({
        id,
        score: 1,
        words: terms.map((_, place) => place),
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
    const checked = await checkQuery(pagefind, ...partsOf('andromeda Police'));
    expect(checked.missing).toEqual(['andromeda']);
    expect(checked.present).toEqual(['Police']);
    expect(searched).toEqual(['"andromeda"', '"Police"', 'andromeda', 'Police']);
  });

  // Index shards fall back apart: a shard without "inadequate" matches "in" in its own
  // documents, which must not be shown as having the word.
  test('gives the documents that have every word some document has', async () => {
    const { pagefind } = indexOf({ appropriate: ['a', 'b', 'c'], adult: ['b', 'c', 'd'] });
    const checked = await checkQuery(pagefind, ...partsOf('appropriate adult zork'));
    expect([...(checked.having ?? [])].sort()).toEqual(['b', 'c']);
    expect(checked.missing).toEqual(['zork']);
  });

  test('leave out repeated words and pieces with no letters', async () => {
    const { pagefind, searched } = indexOf({});
    const checked = await checkQuery(pagefind, ...partsOf('zork & zork'));
    expect(checked.missing).toEqual(['zork']);
    expect(searched).toEqual(['"zork"', 'zork']);
    expect(checked.present).toEqual([]);
  });

  // A single word is asked of Pagefind in quotes, which gives its first place only: the
  // unquoted search gives every place, for the result's paragraph links.
  test('gives every place of the loose words in each document, from one unquoted search', async () => {
    const { pagefind } = indexOf({ safeguarding: ['a', 'b'] });
    const checked = await checkQuery(pagefind, ...partsOf('safeguarding'));
    expect(checked.looseLocations).toEqual(
      new Map([
        ['a', [0]],
        ['b', [0]],
      ]),
    );
  });

  // "training or supervision": a report with only "supervision" is listed, with its places.
  test('gives the places of each word apart, in documents with only some of the words', async () => {
    const { pagefind } = indexOf({ training: ['a'], supervision: ['a', 'b'] });
    const checked = await checkQuery(pagefind, ...partsOf('training supervision'));
    expect([...checked.looseLocations.keys()].sort()).toEqual(['a', 'b']);
  });
});

describe('the phrases of a query', () => {
  test('are each searched exactly, and only documents with all of them kept', async () => {
    const { pagefind, searched } = indexOf({
      'missing children': ['a', 'b', 'c'],
      'domestic abuse': ['b', 'c', 'd'],
    });
    const checked = await checkQuery(pagefind, ...partsOf('"missing children" "domestic abuse"'));
    expect(searched).toEqual(['"missing children"', '"domestic abuse"']);
    expect([...(checked.withPhrases ?? [])].sort()).toEqual(['b', 'c']);
    expect(checked.having).toBeUndefined();
  });

  test('split by "&" are searched as each of their parts', async () => {
    const { pagefind, searched } = indexOf({ crime: ['a', 'b'], 'communications centre': ['b'] });
    const checked = await checkQuery(pagefind, ...partsOf('"Crime & Communications Centre"'));
    expect(searched).toEqual(['"Crime"', '"Communications Centre"']);
    expect([...(checked.withPhrases ?? [])]).toEqual(['b']);
  });
});

describe('a search by filters alone', () => {
  test('has nothing to check, and asks Pagefind nothing', async () => {
    const { pagefind, searched } = indexOf({ police: ['a'] });
    expect(await checkQuery(pagefind, [], [])).toEqual({
      missing: [],
      present: [],
      having: undefined,
      withPhrases: undefined,
      looseLocations: new Map(),
    });
    expect(searched).toEqual([]);
  });
});

describe('the results shown', () => {
  const results = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

  test('are those with every word some document has', async () => {
    const { pagefind } = indexOf({ appropriate: ['a', 'b'], adult: ['b', 'c'] });
    const checked = await checkQuery(pagefind, ...partsOf('appropriate adult'));
    expect(trueMatches(results, checked)).toEqual([{ id: 'b' }]);
    expect(someWordsOnly(checked)).toBe(false);
  });

  test('are those with every phrase, and then every word', async () => {
    const { pagefind } = indexOf({
      'missing children': ['a', 'b', 'c'],
      'domestic abuse': ['b', 'c'],
      police: ['a', 'c'],
    });
    const both = await checkQuery(pagefind, ...partsOf('"missing children" "domestic abuse"'));
    expect(trueMatches(results, both)).toEqual([{ id: 'b' }, { id: 'c' }]);
    const withWord = await checkQuery(
      pagefind,
      ...partsOf('"missing children" "domestic abuse" police'),
    );
    expect(trueMatches(results, withWord)).toEqual([{ id: 'c' }]);
    const none = await checkQuery(pagefind, ...partsOf('"missing children" "zebra crossing"'));
    expect(trueMatches(results, none)).toEqual([]);
  });

  // Which of them find-matches.ts lists, and in what order, is tested there.
  test('are known to have only some of the words when no document has them all', async () => {
    const { pagefind } = indexOf({ adults: ['a'], wilkinson: ['c'] });
    expect(someWordsOnly(await checkQuery(pagefind, ...partsOf('adults Wilkinson')))).toBe(true);
    expect(someWordsOnly(await checkQuery(pagefind, ...partsOf('adults')))).toBe(false);
    expect(someWordsOnly(await checkQuery(pagefind, ...partsOf('andromeda')))).toBe(false);
  });

  test('are all of Pagefind’s when no loose word is in any document (its closest words)', async () => {
    const { pagefind } = indexOf({});
    const checked = await checkQuery(pagefind, ...partsOf('andromeda'));
    expect(trueMatches(results, checked)).toEqual(results);
    expect(someWordsOnly(checked)).toBe(false);
  });
});

describe('what the page asks Pagefind for', () => {
  const found = { missing: [], having: new Set(['a']) };
  const term = (query: string, checked: Parameters<typeof termFor>[2] = found) =>
    termFor(...partsOf(query), checked);

  test('one word some document has, in quotes, so no shard matches only its start', () => {
    expect(term('inadequate')).toBe('"inadequate"');
  });

  test('a word no document has, as typed: its start is what a half-typed word wants', () => {
    expect(term('inadeq', { missing: ['inadeq'], having: undefined })).toBe('inadeq');
  });

  test('several words as typed; phrases by the longest of them (or of their parts), quoted, with the words', () => {
    expect(term('appropriate adult')).toBe('appropriate adult');
    expect(term('"missing children" police')).toBe('"missing children" police');
    expect(term('"children" "domestic abuse incidents" police &')).toBe(
      '"domestic abuse incidents" police',
    );
    expect(term('"Crime & Communications Centre"')).toBe('"Communications Centre"');
  });
});
