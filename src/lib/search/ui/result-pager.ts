/**
 * Shows a search's results a page at a time: a short first page (result-pages.ts), then a
 * longer one each time "Show more results" is pressed. A result's text is downloaded only
 * when its page is shown.
 */
import type { PagefindSearch } from '../pagefind-api';
import { FIRST_RESULTS_PAGE, LATER_RESULTS_PAGE } from '../result-pages';
import { renderResult } from './render-result';

export interface ResultPagerOptions {
  results: PagefindSearch['results'];
  list: HTMLOListElement;
  more: HTMLButtonElement;
  /** Words to highlight in excerpts and on the pages the results link to. */
  highlight: readonly string[];
  /** The phrases searched exactly (render-result.ts). */
  phrases: readonly string[];
  /** False once a newer search has started: this one's pages are then dropped. */
  isCurrent: () => boolean;
}

/** Empties the list and returns what shows the next page (the first, when first called). */
export function resultPager({
  results,
  list,
  more,
  highlight,
  phrases,
  isCurrent,
}: ResultPagerOptions): () => Promise<void> {
  let shown = 0;
  let loading = false;
  list.replaceChildren();
  return async () => {
    // A second click while a page loads would load the same results again.
    if (loading) return;
    loading = true;
    try {
      const size = shown === 0 ? FIRST_RESULTS_PAGE : LATER_RESULTS_PAGE;
      const page = await Promise.all(
        results.slice(shown, shown + size).map((result) => result.data()),
      );
      if (!isCurrent()) return;
      const items = page.map((data) => renderResult(data, highlight, phrases));
      list.append(...items);
      // Focus moves to the first result added by "Show more results", not on a new search.
      if (shown > 0) items[0]?.querySelector('a')?.focus();
      shown += page.length;
      more.hidden = shown >= results.length;
    } finally {
      loading = false;
    }
  };
}
