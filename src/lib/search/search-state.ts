/**
 * A search as it lives in the address bar, so it can be shared, bookmarked and restored
 * with the back button: `/search/?q=…&type=Statement&organisation=…&sort=newest`.
 * Filter values are the labels readers see (“Statement”, “Wiltshire Police”), repeated
 * for several values of one group.
 */
import { FILTER_KEYS, type FilterKey } from './index-fields';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORTS)[number];

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SortOrder;
}

/**
 * The order results are shown in. Without words to match, "best match" means nothing
 * (Pagefind's order is then the index's), so filters alone list the newest first.
 */
export function resultOrder(state: SearchState): SortOrder {
  return state.sort === 'relevance' && !state.query ? 'newest' : state.sort;
}

/**
 * The order the Order control shows: the results' order, or none while nothing is listed.
 * A search with neither words nor filters lists nothing, unless a date order is chosen:
 * then it lists every document in that order (`/search/?sort=newest`, what's new).
 */
export function shownOrder(state: SearchState): SortOrder | undefined {
  return listsNothing(state) ? undefined : resultOrder(state);
}

/** Whether a search asks for nothing to be listed: no words, no filters, no date order. */
export function listsNothing(state: SearchState): boolean {
  return !state.query && !hasFilters(state) && state.sort === 'relevance';
}

export const QUERY_PARAM = 'q';
export const SORT_PARAM = 'sort';

export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter((value) => value !== ''))];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get(SORT_PARAM);
  return {
    query: (params.get(QUERY_PARAM) ?? '').trim(),
    filters,
    sort: SORTS.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevance',
  };
}

/** The query string for a state, without the `?`; parameters in a fixed order so equal searches share a URL. */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY_PARAM, state.query);
  for (const key of FILTER_KEYS)
    for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set(SORT_PARAM, state.sort);
  return params.toString();
}

export function hasFilters(state: SearchState): boolean {
  return chosenFilterCount(state) > 0;
}

/** How many filter values are ticked, in all groups. */
export function chosenFilterCount(state: SearchState): number {
  return Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
}

/**
 * Pagefind's filter object: any of the ticked values within a group, and every group.
 */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters))
    if (values.length > 0) filters[key] = { any: values };
  return filters;
}

/** A filter value from an address that the index does not have. */
export interface UnknownFilter {
  key: FilterKey;
  value: string;
  /**
   * The value's label, when the value is the id of something the site has (a person's
   * page) that no document is listed under, so the index has no such filter value.
   */
  label?: string;
}

/**
 * A search whose filter values are the index's own: a value typed or shared in another
 * case ("Missing Children") or hyphenated ("missing-children") becomes the index's
 * ("Missing children"), and so does an id from the site's open data and feeds
 * ("opcc-wiltshire-swindon") once its group's `labelsById` are given (filter-ids.ts);
 * one the index does not have at all (a title since changed) is left out and listed, so
 * the reader is told rather than shown no results with nothing to untick. A label wins
 * over an id: the same address gives the same search whether or not the ids were loaded.
 */
export function withKnownFilters(
  state: SearchState,
  all: Readonly<Record<string, Readonly<Record<string, number>>>>,
  labelsById: Readonly<Partial<Record<FilterKey, Readonly<Record<string, string>>>>> = {},
): { state: SearchState; unknown: UnknownFilter[] } {
  const filters: SearchState['filters'] = {};
  const unknown: UnknownFilter[] = [];
  for (const key of FILTER_KEYS) {
    const values = state.filters[key];
    if (!values) continue;
    const counts = all[key] ?? {};
    const isKnown = (value: string | undefined) =>
      value !== undefined && Object.hasOwn(counts, value);
    const byLooseForm = new Map(Object.keys(counts).map((value) => [looseForm(value), value]));
    const ids = labelsById[key] ?? {};
    const kept = values.flatMap((value) => {
      // By id, or by the label of a page with no document under it yet (the search page
      // writes labels into its address, so a shared link names the person).
      const id = value.trim().toLowerCase();
      const loose = looseForm(value);
      const byId = Object.hasOwn(ids, id)
        ? ids[id]
        : Object.values(ids).find((label) => looseForm(label) === loose);
      const match = [value, byLooseForm.get(loose), byId].find(isKnown);
      if (match === undefined)
        unknown.push(byId === undefined ? { key, value } : { key, value, label: byId });
      return match === undefined ? [] : [match];
    });
    if (kept.length > 0) filters[key] = [...new Set(kept)];
  }
  return { state: { ...state, filters }, unknown };
}

/** A value with case, hyphens and spacing set aside: "Missing children" ~ "missing-children". */
function looseForm(value: string): string {
  return value
    .toLocaleLowerCase('en-GB')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}
