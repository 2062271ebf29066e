/**
 * Sorting by date, loaded only when a reader first sorts by date or searches by filters
 * alone: the code comes with the date order it reads (date-order.ts), not with the first
 * search.
 */
import { DATE_ORDER_PATH, isDateOrder, sortByDate, type SortableResult } from '../date-order';
import { fetchSiteJson } from './fetch-site-json';

export type DateSorter = <Result extends SortableResult>(
  results: readonly Result[],
  direction: 'newest' | 'oldest',
) => Promise<Result[]>;

/** Fetches the site's date order, and gives what sorts results by it. */
export async function loadDateSorter(): Promise<DateSorter> {
  const order = await fetchSiteJson(DATE_ORDER_PATH, isDateOrder, 'a date order');
  return (results, direction) => sortByDate(results, order, direction);
}
