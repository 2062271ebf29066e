/**
 * Sorting by date, loaded only when a reader first sorts by date or searches by filters
 * alone: the code comes with the date order it reads (date-order.ts), not with the first
 * search.
 */
import { withBase } from '../../site/urls';
import { DATE_ORDER_PATH, isDateOrder, sortByDate, type SortableResult } from '../date-order';

export type DateSorter = <Result extends SortableResult>(
  results: readonly Result[],
  direction: 'newest' | 'oldest',
) => Promise<Result[]>;

/** Fetches the site's date order, and gives what sorts results by it. */
export async function loadDateSorter(): Promise<DateSorter> {
  const response = await fetch(withBase(DATE_ORDER_PATH));
  if (!response.ok) throw new Error(`${DATE_ORDER_PATH}: HTTP ${response.status}`);
  const order: unknown = await response.json();
  if (!isDateOrder(order)) throw new Error(`${DATE_ORDER_PATH} is not a date order.`);
  return (results, direction) => sortByDate(results, order, direction);
}
