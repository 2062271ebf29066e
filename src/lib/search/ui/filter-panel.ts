/**
 * The search page's code for its filters, downloaded with the filters themselves
 * (search-page.ts): a reader who only types words never needs it.
 */
export { readFilterGroups, renderFilterGroups, updateFilterGroups } from './render-filters';
export { filterCounter, type FilterCounter } from './filter-counts';
export { filterIdsLoader } from './load-filter-ids';
