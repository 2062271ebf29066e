/**
 * The search page's address bar and its history entries. A search typed adds one entry,
 * which the pauses of the same typing replace (no entry per keystroke); a search typed
 * after Enter, or after its results were read for a while, adds another; ticking a filter
 * or choosing a sort adds one. So the back button steps back through the searches a
 * journalist compared and the ways each was narrowed.
 */
import { parseSearchState, serialiseSearchState, type SearchState } from '../search-state';

/**
 * How long a typed search's results stand before what is typed next is another search, in
 * a history entry of its own, rather than more of the same typing.
 */
const READING_PAUSE_MS = 2000;

export interface SearchHistory {
  /** The search in the address bar. */
  readonly current: SearchState;
  /**
   * Puts a search in the address bar, in a new entry or in place of the last; false when
   * it is the search there already, which then need not run again.
   */
  commit(entry: 'push' | 'replace', next: SearchState): boolean;
  /** Puts a typed search in the address bar: a new entry after a reading pause, or in place of the typing before. */
  commitTyped(next: SearchState): boolean;
  /** What is typed next is another search: after Enter, a filter ticked or Back. */
  settle(): void;
  /** The search shown, put right (a filter named by its id), in place of the one asked for. */
  correct(state: SearchState): void;
  /** The search in the address bar after Back or Forward. */
  readAddress(): SearchState;
}

export function searchHistory(): SearchHistory {
  let current = parseSearchState(location.search);
  /** When a typed search last went into the address bar, while typing goes on. */
  let typedAt = -Infinity;

  const commit = (entry: 'push' | 'replace', next: SearchState): boolean => {
    if (serialiseSearchState(next) === serialiseSearchState(current)) return false;
    current = next;
    if (entry === 'push') window.history.pushState(null, '', addressOf(next));
    else window.history.replaceState(null, '', addressOf(next));
    return true;
  };

  return {
    get current() {
      return current;
    },
    commit,
    commitTyped(next) {
      const reading = performance.now() - typedAt >= READING_PAUSE_MS;
      const committed = commit(reading ? 'push' : 'replace', next);
      typedAt = performance.now();
      return committed;
    },
    settle() {
      typedAt = -Infinity;
    },
    correct(state) {
      current = state;
      window.history.replaceState(null, '', addressOf(state));
    },
    readAddress() {
      current = parseSearchState(location.search);
      return current;
    },
  };
}

/** The search's address on this page: `/search/?q=…`. */
function addressOf(state: SearchState): string {
  const query = serialiseSearchState(state);
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/**
 * Where a reader was in a search's results when they left the page: how many were shown
 * ("Show more results") and how far down, kept with the page's history entry, which the
 * address bar's searches do not touch. A result followed and Back pressed reloads the page
 * when the browser keeps no copy of it, and the reader would be at the first five.
 */
export type PlaceInResults = [shown: number, scrollY: number];

export function rememberPlace(shown: number): void {
  window.history.replaceState([shown, window.scrollY] satisfies PlaceInResults, '');
}

/** The place kept with this history entry, when the reader was here before. */
export function placeLeft(): PlaceInResults | undefined {
  const state: unknown = window.history.state;
  return Array.isArray(state) ? (state as PlaceInResults) : undefined;
}
