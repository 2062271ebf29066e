/**
 * How many results the search page shows at a time. Each result costs its Pagefind
 * fragment (the document's text, about 4 KB compressed at national scale), so the first
 * page is kept short: with Pagefind's runtime and a national index's metadata, it is what
 * keeps a first search within its 250 KB budget (README "Performance"; the bench counts
 * it from here). "Show more results" then adds bigger pages.
 */
export const FIRST_RESULTS_PAGE = 5;
export const LATER_RESULTS_PAGE = 15;
