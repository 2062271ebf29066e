/**
 * The /search/ page in the browser: results as you type, filters with counts, sort,
 * and the whole search kept in the address bar, a history entry for each search a
 * journalist compared (search-history.ts).
 *
 * The filters' indexes load only when they are needed: when the filter panel is opened
 * or a search in the address bar uses a filter. A national index lists thousands of
 * recommendations, organisations and people, and a reader who just types a word should
 * not download every one of them first, nor the code that draws and counts them
 * (filter-panel.ts), which loads with them.
 *
 * A filter value an address names by the id the open data uses (`opcc-wiltshire-swindon`)
 * is looked up in the file its id would be in, fetched only then (filter-ids.ts).
 *
 * Without JavaScript, or if Pagefind cannot load, the page's own message stays: search
 * needs JavaScript, and the A–Z list of documents is linked instead.
 */
import type { FilterCounts, Pagefind } from '../pagefind-api';
import { hasUnpairedQuote, hasWordCharacter, quotedPhrases, splitPhrases } from '../phrases';
import {
  chosenFilterCount,
  hasFilters,
  listsNothing,
  shownOrder,
  withKnownFilters,
  type UnknownFilter,
  pagefindFilters,
  resultOrder,
  serialiseSearchState,
  SORTS,
  type SearchState,
  type SortOrder,
} from '../search-state';
import { FILTER_ID_FILES_ATTRIBUTE, readFilterIdFiles } from '../filter-ids';
import type * as FilterPanel from './filter-panel';
import { withoutIdleStanding } from '../standing-filter';
import { enableArrowKeys } from './arrow-keys';
import { loadOnce } from './load-once';
import { loadPagefind } from './load-pagefind';
import { resultPager, type ResultPager } from './result-pager';
import { leftOutStatus, quoted, searchStatus } from './search-status';
import { checkQuery, termFor } from './query-checks';
import { findMatches } from './find-matches';
import { placeLeft, rememberPlace, searchHistory } from './search-history';
import { ABOUT_KEYS_ATTRIBUTE } from '../about-pages';
import {
  aboutPagesFinder,
  aboutShown,
  NOTHING_NAMED,
  NOTHING_SHOWN,
  showAboutPages,
  type AboutSearch,
} from './about-pages-box';

const TYPING_PAUSE_MS = 250;

export async function startSearchPage(): Promise<void> {
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-query');
  const controls = byId<HTMLElement>('search-controls');
  const filterBox = byId<HTMLElement>('search-filters');
  const filterPanel = byId<HTMLDetailsElement>('search-filter-panel');
  const status = byId<HTMLElement>('search-status');
  const list = byId<HTMLOListElement>('search-results');
  const more = byId<HTMLButtonElement>('search-more');
  const none = byId<HTMLElement>('search-none');
  const chosenNote = byId<HTMLElement>('search-filters-chosen');
  const clearFilters = byId<HTMLButtonElement>('search-clear-filters');
  const aboutBox = byId<HTMLElement>('search-about');
  const fallback = byId<HTMLElement>('search-needs-js');
  const helpPanel = byId<HTMLDetailsElement>('search-help-panel');
  const sortRadios = [...form.querySelectorAll<HTMLInputElement>('input[name="sort"]')];
  const bestMatch = byId<HTMLInputElement>('sort-relevance');
  const bestMatchNeedsWords = byId<HTMLElement>('sort-relevance-needs-words');
  const baseTitle = document.title;

  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(form);
  } catch {
    fallback.insertAdjacentText('afterbegin', 'Search could not load in this browser. ');
    return;
  }
  fallback.hidden = true;
  controls.hidden = false;

  /** Every filter value with its count over the whole index, once loaded (loadFilters). */
  let allCounts: FilterCounts | undefined;
  /** The code that draws, reads and counts the filters, loaded with them. */
  let panel: typeof FilterPanel | undefined;
  let filterCounts: FilterPanel.FilterCounter | undefined;
  /** Labels of ids from the open data, fetched for values the index's labels do not match. */
  let loadFilterIds: ReturnType<typeof FilterPanel.filterIdsLoader> | undefined;
  const loadFilters = loadOnce(async () => {
    filterBox.replaceChildren(
      Object.assign(document.createElement('p'), { textContent: 'Loading the filters…' }),
    );
    try {
      const [code, counts] = await Promise.all([import('./filter-panel'), pagefind.filters()]);
      panel = code;
      filterCounts = code.filterCounter(pagefind);
      loadFilterIds = code.filterIdsLoader(
        readFilterIdFiles(form.getAttribute(FILTER_ID_FILES_ATTRIBUTE)),
      );
      // A site with nothing withdrawn has no use for the standing group: it is left out.
      allCounts = withoutIdleStanding(counts);
      return allCounts;
    } catch (error) {
      filterBox.textContent = 'The filters could not load. Reload the page to try again.';
      throw error;
    }
  });
  const filtersDrawn = () => filterBox.querySelector('fieldset') !== null;
  /** Ticks and counts the filters, drawing them the first time (never without their counts). */
  const showFilters = (state: SearchState, counts: FilterCounts) => {
    if (!panel || !allCounts) return;
    if (!filtersDrawn()) panel.renderFilterGroups(filterBox, allCounts);
    panel.updateFilterGroups(filterBox, state, counts);
  };
  /** Counts are shown, and so needed, while the panel is open or a filter is ticked. */
  const needsFilters = (state: SearchState) => filterPanel.open || hasFilters(state);

  /** The people, organisations and terms a search names, from files fetched as needed. */
  const findAboutPages = aboutPagesFinder(form.getAttribute(ABOUT_KEYS_ATTRIBUTE) ?? '');

  /** The site's date order, fetched the first time a reader sorts by date. */
  const loadDateSorter = loadOnce(async () => (await import('./date-sorter')).loadDateSorter());

  const addressBar = searchHistory();
  let returning = placeLeft();
  // The tips are for a reader about to search. Once a search is shown, from the address or
  // by Enter, they fold to one line, so that on a phone the results start on the first screen.
  const foldHelp = () => (helpPanel.open = false);
  if (serialiseSearchState(addressBar.current)) foldHelp();
  let run = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let pager: ResultPager | undefined;
  /** Puts the search shown, as far as its results have been shown, in the status line. */
  let announce = () => {};
  /** Puts a search (the form's, unless given) in the address bar and runs it. */
  const commit = (entry: 'push' | 'replace', next = readForm()) => {
    clearTimeout(typingTimer);
    if (addressBar.commit(entry, next)) void show(next);
  };
  /** A typed search goes into a new history entry, or replaces one typed just before. */
  const commitTyped = () => {
    clearTimeout(typingTimer);
    const next = readForm();
    if (addressBar.commitTyped(next)) void show(next);
  };

  /** The order the radios show for a search kept as "best match" that has no words. */
  let impliedOrder: SortOrder | undefined;
  /**
   * "Best match" ranks by words: with none it is greyed, and the radios show the order the
   * list is in (newest first for filters alone), or none while nothing is listed. The
   * search itself stays "best match", so words typed next are ranked by it.
   */
  const writeOrder = (state: SearchState) => {
    const order = shownOrder(state);
    bestMatch.disabled = !state.query;
    bestMatchNeedsWords.hidden = Boolean(state.query);
    for (const radio of sortRadios) radio.checked = radio.value === order;
    impliedOrder = order === state.sort ? undefined : order;
  };

  const readForm = (): SearchState => {
    const checked = new FormData(form).get('sort');
    const sort = SORTS.includes(checked as SortOrder) ? (checked as SortOrder) : 'relevance';
    return {
      query: input.value.trim(),
      // Until the boxes are drawn, the filters are those of the search shown (from the URL).
      filters:
        panel && filtersDrawn() ? panel.readFilterGroups(filterBox) : addressBar.current.filters,
      sort: sort === impliedOrder ? 'relevance' : sort,
    };
  };

  const writeForm = (state: SearchState) => {
    input.value = state.query;
    writeOrder(state);
    // Boxes already drawn are ticked or cleared now, so the form reads back this state.
    if (panel && allCounts) panel.updateFilterGroups(filterBox, state, allCounts);
    // A shared link with filters keeps the panel closed: open, its groups (hundreds of
    // values at national scale) push the results screens down, on a desktop too. Its
    // summary says how many are chosen (see show), and the status that they apply.
  };

  /**
   * The filter panel's summary says how many filters are chosen, for when it is closed,
   * and a button beside the status (which names them) clears them all at once.
   */
  const noteChosen = (state: SearchState) => {
    const chosen = chosenFilterCount(state);
    chosenNote.textContent = chosen === 0 ? '' : ` (${chosen} chosen)`;
    clearFilters.hidden = chosen === 0;
  };

  /** Takes the results and the pages about them away, and says why in the status line. */
  const showNothing = (why: string) => {
    showAboutPages(aboutBox, '', NOTHING_SHOWN);
    list.replaceChildren();
    more.hidden = true;
    status.textContent = why;
  };

  const show = async (asked: SearchState) => {
    const thisRun = ++run;
    // A query with no words (`""`, a lone `&`) is no query: it would only find nothing,
    // and the status says why.
    const wordless = hasWordCharacter(asked.query) ? '' : asked.query;
    let state = wordless ? { ...asked, query: '' } : asked;
    document.title = state.query ? `${quoted(state.query)} – ${baseTitle}` : baseTitle;
    none.hidden = true;
    noteChosen(state);
    writeOrder(state);
    // Loaded before searching: Pagefind counts values only for filters it has loaded.
    const all = needsFilters(state) ? await loadFilters().catch(() => undefined) : undefined;
    // A shared address may name a filter value in another case, by its id in the open
    // data, or one the site no longer has (a changed title): the first two are matched,
    // the last left out and said so.
    let unknown: UnknownFilter[] = [];
    if (all && hasFilters(state)) {
      let known = withKnownFilters(state, all);
      if (known.unknown.length > 0 && loadFilterIds)
        known = withKnownFilters(state, all, await loadFilterIds(known.unknown));
      if (thisRun !== run) return;
      if (serialiseSearchState(known.state) !== serialiseSearchState(state)) {
        ({ state, unknown } = known);
        addressBar.correct(state);
        noteChosen(state);
      }
    }
    // Looked up beside the search, and shown with its results, so the box does not push
    // results down once they are there.
    const about: Promise<AboutSearch> = state.query
      ? findAboutPages(state.query)
      : Promise.resolve(NOTHING_NAMED);
    if (listsNothing(state)) {
      if (thisRun !== run) return;
      if (all) showFilters(state, all);
      showNothing(leftOutStatus(wordless, unknown));
      return;
    }
    // Each phrase and loose word is checked in the index apart (query-checks.ts), and the
    // phrases in each result as typed (exact-phrases.ts).
    const phrases = quotedPhrases(state.query);
    const { words } = splitPhrases(state.query);
    // A search by filters alone has no words: checking them asks Pagefind nothing.
    const checks = await checkQuery(pagefind, phrases, words);
    const term = state.query ? termFor(phrases, words, checks) : null;
    // Only documents with every phrase, and every loose word some document has (or, when
    // none has them all, some of them): not those a shard lacking a word matched by its start.
    const find = (under: SearchState) =>
      findMatches(pagefind, term, pagefindFilters(under), checks);
    const matches = await find(state);
    const counts =
      all &&
      filterCounts &&
      (await filterCounts({ state, matching: matches, find, hasWords: term !== null, all }));
    if (thisRun !== run) return;
    if (counts) showFilters(state, counts);

    let results = matches.results;
    const order = resultOrder(state);
    if (order !== 'relevance') {
      try {
        results = await (await loadDateSorter())(results, order);
      } catch {
        if (thisRun !== run) return;
        showNothing('The results could not be put in date order. Reload the page to try again.');
        return;
      }
      if (thisRun !== run) return;
    }
    none.hidden = results.length > 0;
    const shownPager = resultPager({
      results,
      list,
      more,
      phrases,
      looseLocations: checks.looseLocations,
      looseWords: checks,
      isCurrent: () => thisRun === run,
    });
    const shownAbout = aboutShown(await about, results.length);
    if (thisRun !== run) return;
    showAboutPages(aboutBox, state.query, shownAbout);
    pager = shownPager;
    // Announced once the results are there to move to; not again when only the filters
    // changed around the same results (opening the panel runs the search again). Said
    // again when "Show more results" has shown the last of them: only then is it known
    // how many lack the quoted words word for word.
    announce = () => {
      const { shown, notAsWritten } = shownPager.checked();
      const statusText = searchStatus({
        state,
        total: results.length,
        unknown,
        wordless,
        split: phrases.filter((phrase) => phrase.wordless !== undefined),
        unpairedQuote: hasUnpairedQuote(state.query),
        missing: checks.missing,
        someWordsOnly: matches.someWordsOnly,
        about: { names: shownAbout.pages.map((page) => page.name), near: shownAbout.near },
        // Known for the whole search only once every result has been shown and checked.
        notAsWritten: phrases.length > 0 && shown === results.length ? notAsWritten : undefined,
      });
      if (thisRun === run && status.textContent !== statusText) status.textContent = statusText;
    };
    await pager.next();
    // Back to this page from a result: as many results as were shown, where the reader was.
    if (returning) {
      const [shown, scrollY] = returning;
      returning = undefined;
      while (thisRun === run && !more.hidden && shownPager.checked().shown < shown)
        await shownPager.next();
      if (thisRun === run) window.scrollTo(0, scrollY);
    }
    announce();
  };

  input.addEventListener('input', () => {
    void pagefind.preload(preloadTerm(input.value));
    clearTimeout(typingTimer);
    typingTimer = setTimeout(commitTyped, TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commitTyped();
    foldHelp();
    // Enter settles the search: what is typed next is another.
    addressBar.settle();
  });
  controls.addEventListener('change', (event) => {
    // An order picked is the reader's own, kept when words are typed next.
    if ((event.target as HTMLInputElement).name === 'sort') impliedOrder = undefined;
    commit('push');
    addressBar.settle();
  });
  // Opening the panel the first time loads the filters and counts them for the search shown.
  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open && !allCounts) void show(addressBar.current);
  });
  more.addEventListener('click', () => void pager?.next().then(announce));
  clearFilters.addEventListener('click', () => {
    const next = { ...readForm(), filters: {} };
    writeForm(next);
    commit('push', next);
    addressBar.settle();
    // The button hides once nothing is ticked: the focus goes on to the words, where the
    // search goes on, rather than back to the top of the page.
    input.focus();
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    addressBar.settle();
    const shown = addressBar.readAddress();
    writeForm(shown);
    void show(shown);
  });
  window.addEventListener('pagehide', () => rememberPlace(pager?.checked().shown ?? 0));
  enableArrowKeys(input, list);

  writeForm(addressBar.current);
  await show(addressBar.current);
}

/** Every word of a query, to fetch the index chunks its search will read while the reader types. */
function preloadTerm(query: string): string {
  return [...quotedPhrases(query).flatMap(({ pieces }) => pieces), ...splitPhrases(query).words]
    .filter(hasWordCharacter)
    .join(' ');
}

function byId<Type extends HTMLElement>(id: string): Type {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The search page has no #${id}.`);
  return found as Type;
}
