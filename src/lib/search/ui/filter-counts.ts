/**
 * The number beside each filter value: how many of the results listed it would leave,
 * so that ticking it shows exactly that many.
 *
 * Pagefind counts its own results, and for some searches those are more than the page
 * lists: a shard lacking one of several words matches documents by the start of that word,
 * and the page keeps only the true matches (query-checks.ts). For those searches each
 * value's count is taken again from the true matches and the documents the value has,
 * which a search by that filter alone lists (no words: nothing to download), asked once
 * per value while the page is open.
 */
import type { FilterCounts, Pagefind, PagefindSearch } from '../pagefind-api';
import { hasFilters, pagefindFilters, type SearchState } from '../search-state';
import { trueMatches, type QueryChecks } from './query-checks';

type Checks = Pick<QueryChecks, 'having' | 'havingAny' | 'withPhrases'>;

export interface CountedSearch {
  /** What Pagefind was asked (query-checks.ts, `termFor`); null for filters alone. */
  term: string | null;
  state: SearchState;
  /** Pagefind's answer for the search with every filter ticked. */
  search: PagefindSearch;
  checks: Checks;
  /** Every value's count over the whole index. */
  all: FilterCounts;
}

export type FilterCounter = (counted: CountedSearch) => Promise<FilterCounts>;

export function filterCounter(pagefind: Pagefind): FilterCounter {
  const documentsWith = new Map<string, Promise<ReadonlySet<string>>>();
  /** The ids of the documents a filter value has. */
  const withValue = (key: string, value: string): Promise<ReadonlySet<string>> => {
    const id = JSON.stringify([key, value]);
    let ids = documentsWith.get(id);
    if (!ids) {
      ids = pagefind
        .search(null, { filters: { [key]: { any: [value] } } })
        .then(({ results }) => new Set(results.map((result) => result.id)));
      documentsWith.set(id, ids);
    }
    return ids;
  };

  /** A group's counts, over the results the page keeps of Pagefind's. */
  const trueCounts = async (
    key: string,
    counts: Record<string, number>,
    results: PagefindSearch['results'],
    checks: Checks,
  ): Promise<Record<string, number>> => {
    const kept = trueMatches(results, checks).results;
    if (kept.length === results.length) return counts;
    const keptIds = new Set(kept.map((result) => result.id));
    const corrected: Record<string, number> = {};
    // One at a time: each search reads Pagefind's shared state.
    for (const [value, count] of Object.entries(counts)) {
      corrected[value] = count === 0 ? 0 : countIn(keptIds, await withValue(key, value));
    }
    return corrected;
  };

  /**
   * For a group with no ticks, each value's count is the results if it were ticked too
   * (Pagefind's `filters`). Ticks within a group widen the search (any of them), so a
   * ticked group's counts come from the same search without that group.
   */
  return async ({ term, state, search, checks, all }) => {
    const result: FilterCounts = {};
    for (const [key, counts] of Object.entries(search.filters)) {
      const ticked = (state.filters[key as keyof SearchState['filters']] ?? []).length > 0;
      if (!ticked) {
        result[key] = await trueCounts(key, counts, search.results, checks);
        continue;
      }
      const others: SearchState = { ...state, filters: { ...state.filters, [key]: [] } };
      if (term === null && !hasFilters(others)) {
        result[key] = all[key] ?? {};
        continue;
      }
      const without = await pagefind.search(term, { filters: pagefindFilters(others) });
      result[key] = await trueCounts(key, without.filters[key] ?? {}, without.results, checks);
    }
    return result;
  };
}

function countIn(ids: ReadonlySet<string>, among: ReadonlySet<string>): number {
  let count = 0;
  for (const id of among) if (ids.has(id)) count += 1;
  return count;
}
