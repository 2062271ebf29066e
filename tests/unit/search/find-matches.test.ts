import { describe, expect, test } from 'vitest';
import type { Pagefind, PagefindSearch } from '../../../src/lib/search/pagefind-api';
import { quotedPhrases, splitPhrases } from '../../../src/lib/search/phrases';
import { parseSearchState, pagefindFilters } from '../../../src/lib/search/search-state';
import { filterCounter } from '../../../src/lib/search/ui/filter-counts';
import { findMatches } from '../../../src/lib/search/ui/find-matches';
import { checkQuery, termFor } from '../../../src/lib/search/ui/query-checks';

interface Doc {
  words: string[];
  type: string;
}

/**
 * A Pagefind over these documents. A word in quotes finds the documents with it; several
 * words without quotes, like Pagefind's when no document has them all, only some of the
 * documents with some of them: those with the first word.
 */
function pagefindOver(docs: Record<string, Doc>): Pagefind {
  const search = (term: string | null, options?: { filters?: Record<string, unknown> }) => {
    const wanted = (options?.filters?.['type'] as { any: string[] } | undefined)?.any;
    const typed = Object.entries(docs).filter(([, doc]) => !wanted || wanted.includes(doc.type));
    const terms = (term ?? '').replace(/"/g, '').toLowerCase().split(' ').filter(Boolean);
    const hasAll = typed.filter(([, doc]) => terms.every((word) => doc.words.includes(word)));
    const found =
      terms.length === 0 || hasAll.length > 0
        ? hasAll
        : typed.filter(([, doc]) => doc.words.includes(terms[0] as string));
    const filters = { type: {} as Record<string, number> };
    for (const doc of Object.values(docs)) filters.type[doc.type] = 0;
    for (const [, doc] of found) filters.type[doc.type] = (filters.type[doc.type] ?? 0) + 1;
    const results = found.map(([id, doc]) => ({
      id,
      score: doc.words.filter((word) => terms.includes(word)).length,
      words: [0],
      data: () => Promise.reject(new Error('not needed')),
    }));
    return Promise.resolve({ results, filters } as unknown as PagefindSearch);
  };
  return { search } as unknown as Pagefind;
}

const DOCS: Record<string, Doc> = {
  statement: { words: ['training'], type: 'Statement' },
  response: { words: ['training', 'or'], type: 'Response' },
  report: { words: ['training', 'supervision'], type: 'Report' },
  review: { words: ['supervision', 'or'], type: 'Report' },
  other: { words: ['children'], type: 'Statement' },
};

async function searchFor(query: string, address = '') {
  const pagefind = pagefindOver(DOCS);
  const phrases = quotedPhrases(query);
  const { words } = splitPhrases(query);
  const checks = await checkQuery(pagefind, phrases, words);
  const term = termFor(phrases, words, checks);
  const state = { ...parseSearchState(address), query };
  const find = (under: typeof state) => findMatches(pagefind, term, pagefindFilters(under), checks);
  return { pagefind, state, find, matching: await find(state) };
}

const ids = (results: { id: string }[]) => results.map((result) => result.id);

describe('a search no document has every word of', () => {
  test('lists every document with some of the words, those with more first', async () => {
    const { matching } = await searchFor('training or supervision', '');
    expect(matching.someWordsOnly).toBe(true);
    // Three have two of the three words; the statement, one.
    expect(ids(matching.results).slice(0, 3).sort()).toEqual(['report', 'response', 'review']);
    expect(ids(matching.results)[3]).toBe('statement');
  });

  test('counts each filter value as the documents ticking it lists', async () => {
    const { pagefind, state, find, matching } = await searchFor('training or supervision');
    const counts = await filterCounter(pagefind)({
      state,
      matching,
      find,
      hasWords: true,
      all: {},
    });
    expect(counts['type']).toEqual({ Statement: 1, Response: 1, Report: 2 });
    const ticked = await searchFor('training or supervision', 'type=Report');
    expect(ids(ticked.matching.results)).toEqual(['report', 'review']);
  });

  // Pagefind's own answer to the words together lists only some of those documents.
  test('does not ask Pagefind for the words together', async () => {
    const { pagefind, state } = await searchFor('training or supervision');
    const asked: (string | null)[] = [];
    const recording = {
      ...pagefind,
      search: (term: string | null, options?: { filters?: Record<string, unknown> }) => {
        asked.push(term);
        return pagefind.search(term, options);
      },
    } as Pagefind;
    const checks = await checkQuery(recording, [], ['training', 'or', 'supervision']);
    asked.length = 0;
    await findMatches(recording, 'training or supervision', pagefindFilters(state), checks);
    expect(asked).toEqual(['"training"', '"or"', '"supervision"']);
  });
});

describe('a search some document has every word of', () => {
  test('lists those documents, with Pagefind’s own counts', async () => {
    const { matching } = await searchFor('training supervision');
    expect(matching.someWordsOnly).toBe(false);
    expect(ids(matching.results)).toEqual(['report']);
    expect(matching.countsExact).toBe(true);
  });
});
