/**
 * The number beside each filter value: how many of the results listed it would leave,
 * so that ticking it shows exactly that many.
 *
 * Pagefind counts its own results, and for some searches those are more than the page
 * lists: a shard lacking one of several words matches documents by the start of that word,
 * and the page keeps only the true matches (query-checks.ts). For those searches each
 * value's count is taken again from the true matches and the documents the value has,
 * which a search by that filter alone lists (no words: nothing to download), asked once
 * per value while the page is open. So are those of a search whose results are gathered
 * word by word (find-matches.ts), which Pagefind's counts do not describe.
 */
import type { FilterCounts, Pagefind } from '../pagefind-api';
import { hasFilters, type SearchState } from '../search-state';
import type { Matching } from './find-matches';

export interface CountedSearch {
  state: SearchState;
  /** The search's results with every filter ticked (find-matches.ts). */
  matching: Matching;
  /** The same search's results under other filters. */
  find: (state: SearchState) => Promise<Matching>;
  /** Whether the search has words: without, a group's counts over the index are `all`'s. */
  hasWords: boolean;
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

  /** A group's counts, over the results the page lists. */
  const trueCounts = async (key: string, matching: Matching): Promise<Record<string, number>> => {
    const counts = matching.counts[key] ?? {};
    if (matching.countsExact) return counts;
    const listed = new Set(matching.results.map((result) => result.id));
    const corrected: Record<string, number> = {};
    // One at a time: each search reads Pagefind's shared state.
    for (const [value, count] of Object.entries(counts)) {
      corrected[value] = count === 0 ? 0 : countIn(listed, await withValue(key, value));
    }
    return corrected;
  };

  /**
   * For a group with no ticks, each value's count is the results if it were ticked too
   * (Pagefind's `filters`). Ticks within a group widen the search (any of them), so a
   * ticked group's counts come from the same search without that group.
   */
  return async ({ state, matching, find, hasWords, all }) => {
    const result: FilterCounts = {};
    for (const key of Object.keys(matching.counts)) {
      const ticked = (state.filters[key as keyof SearchState['filters']] ?? []).length > 0;
      if (!ticked) {
        result[key] = await trueCounts(key, matching);
        continue;
      }
      const others: SearchState = { ...state, filters: { ...state.filters, [key]: [] } };
      result[key] =
        !hasWords && !hasFilters(others)
          ? (all[key] ?? {})
          : await trueCounts(key, await find(others));
    }
    return result;
  };
}

function countIn(ids: ReadonlySet<string>, among: ReadonlySet<string>): number {
  let count = 0;
  for (const id of among) if (ids.has(id)) count += 1;
  return count;
}
