/**
 * Shows a search's results a page at a time: a short first page (result-pages.ts), then a
 * longer one each time "Show more results" is pressed. A result's text is downloaded only
 * when its page is shown, and checked then for the quoted phrases as written
 * (exact-phrases.ts).
 */
import { contentWords } from '../excerpt';
import { phrasesNotAsWritten } from '../exact-phrases';
import { highlightWords } from '../highlight-words';
import type { PagefindSearch } from '../pagefind-api';
import { resultLocations } from '../phrase-locations';
import type { QuotedPhrase } from '../phrases';
import { FIRST_RESULTS_PAGE, LATER_RESULTS_PAGE } from '../result-pages';
import { needsStem, truePlaces, type LooseWords, type Stem } from '../word-match';
import { loadOnce } from './load-once';
import { renderResult } from './render-result';

// Loaded only for a result with a place holding some other word than the one typed.
const loadStem = loadOnce(async (): Promise<Stem> => (await import('porter2')).stem);
const asTyped: Stem = (word) => word;

export interface ResultPagerOptions {
  results: PagefindSearch['results'];
  list: HTMLOListElement;
  more: HTMLButtonElement;
  /** The quoted phrases, whose every match is shown, and which each result is checked for. */
  phrases: readonly QuotedPhrase[];
  /** Every place of the loose words in each document, by id (query-checks.ts). */
  looseLocations: ReadonlyMap<string, readonly number[]>;
  /** The loose words, by whether some document has them, to tell which places hold them. */
  looseWords: LooseWords;
  /** False once a newer search has started: this one's pages are then dropped. */
  isCurrent: () => boolean;
}

export interface ResultPager {
  /** Shows the next page of results (the first, when first called). */
  next: () => Promise<void>;
  /** How many results have been shown, and how many of them lack a phrase as written. */
  checked: () => { shown: number; notAsWritten: number };
}

/** Empties the list and returns what shows its pages. */
export function resultPager({
  results,
  list,
  more,
  phrases,
  looseLocations,
  looseWords,
  isCurrent,
}: ResultPagerOptions): ResultPager {
  const typedPhrases = phrases.map(({ phrase }) => phrase);
  let shown = 0;
  let notAsWritten = 0;
  let loading = false;
  list.replaceChildren();
  const next = async () => {
    // A second click while a page loads would load the same results again.
    if (loading) return;
    loading = true;
    try {
      const size = shown === 0 ? FIRST_RESULTS_PAGE : LATER_RESULTS_PAGE;
      const slice = results.slice(shown, shown + size);
      const page = await Promise.all(slice.map((result) => result.data()));
      if (!isCurrent()) return;
      const found = page.map((data, index) => {
        const { id } = slice[index] as (typeof slice)[number];
        return { words: contentWords(data.content), loose: looseLocations.get(id) ?? [] };
      });
      const stem = found.some(({ words, loose }) => needsStem(words, loose, looseWords))
        ? await loadStem().catch(() => asTyped)
        : asTyped;
      if (!isCurrent()) return;
      const items = page.map((data, index) => {
        const result = slice[index] as (typeof slice)[number];
        const missing = phrasesNotAsWritten(data.content, typedPhrases);
        if (missing.length > 0) notAsWritten += 1;
        const { words, loose: pagefindLoose } = found[index] as (typeof found)[number];
        const loose = truePlaces(words, pagefindLoose, looseWords, stem);
        const places = { loose, pagefind: result.words };
        const locations = resultLocations(words, places, phrases);
        const highlight = highlightWords(typedPhrases, words, loose);
        return renderResult(data, { words, locations }, highlight, missing);
      });
      list.append(...items);
      // Focus moves to the first result added by "Show more results", not on a new search.
      if (shown > 0) items[0]?.querySelector('a')?.focus();
      shown += page.length;
      more.hidden = shown >= results.length;
    } finally {
      loading = false;
    }
  };
  return { next, checked: () => ({ shown, notAsWritten }) };
}
