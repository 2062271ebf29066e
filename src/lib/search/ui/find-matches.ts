/**
 * A search's results, as the page lists and counts them: Pagefind's, narrowed to the true
 * matches (query-checks.ts), or, when no document has every loose word, every document
 * with some of them.
 *
 * Pagefind, asked for words no document has all of, returns some of the documents with
 * some of them, not all: "training or supervision" listed the two documents with
 * "training" and neither report, which have "supervision". So those results are gathered
 * here word by word, each word in quotes under the search's filters: a document with more
 * of the words ranks above one with fewer, and among equals by its summed scores.
 */
import type { FilterCounts, Pagefind, PagefindSearch } from '../pagefind-api';
import { someWordsOnly, trueMatches, type QueryChecks } from './query-checks';

export type Result = PagefindSearch['results'][number];

export type Checks = Pick<QueryChecks, 'present' | 'having' | 'withPhrases'>;

export interface Matching {
  results: Result[];
  /** Whether no document has every loose word, and these have some of them. */
  someWordsOnly: boolean;
  /**
   * Pagefind's counts of each filter value: a count of 0 is true, and the others are true
   * only when `countsExact` (filter-counts.ts counts them again otherwise).
   */
  counts: FilterCounts;
  countsExact: boolean;
}

export async function findMatches(
  pagefind: Pagefind,
  term: string | null,
  filters: Record<string, unknown>,
  checks: Checks,
): Promise<Matching> {
  if (someWordsOnly(checks))
    return { ...(await withSomeWords(pagefind, filters, checks)), someWordsOnly: true };
  const search = await pagefind.search(term, { filters });
  const results = trueMatches(search.results, checks);
  return {
    results,
    someWordsOnly: false,
    counts: search.filters,
    countsExact: results.length === search.results.length,
  };
}

async function withSomeWords(
  pagefind: Pagefind,
  filters: Record<string, unknown>,
  { present, withPhrases }: Checks,
): Promise<Pick<Matching, 'results' | 'counts' | 'countsExact'>> {
  const found = new Map<string, { result: Result; words: number; score: number }>();
  const counts: FilterCounts = {};
  // One at a time: each search reads Pagefind's shared state.
  for (const word of present) {
    const search = await pagefind.search(`"${word}"`, { filters });
    for (const result of search.results) {
      if (withPhrases && !withPhrases.has(result.id)) continue;
      const seen = found.get(result.id);
      found.set(result.id, {
        result: seen?.result ?? result,
        words: (seen?.words ?? 0) + 1,
        score: (seen?.score ?? 0) + result.score,
      });
    }
    addCounts(counts, search.filters);
  }
  const ranked = [...found.values()].sort((a, b) => b.words - a.words || b.score - a.score);
  return { results: ranked.map(({ result }) => result), counts, countsExact: false };
}

/** Adds each value's count into `into`: a value none of the searches has stays at 0. */
function addCounts(into: FilterCounts, counts: FilterCounts): void {
  for (const [key, values] of Object.entries(counts)) {
    const group = (into[key] ??= {});
    for (const [value, count] of Object.entries(values)) group[value] = (group[value] ?? 0) + count;
  }
}
