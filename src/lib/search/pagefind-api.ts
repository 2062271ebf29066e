/**
 * The parts of Pagefind's browser API (`/pagefind/pagefind.js`) the search page uses.
 * The pagefind package ships types for its Node API only, so these are written from its
 * documentation (pagefind.app/docs/api/).
 */
import type { PagefindAnchor } from './sub-results';

/** Counts per filter value: `{ type: { Statement: 2 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
}

export interface PagefindResultData {
  /** The result's address, with the merged index's base URL. */
  url: string;
  /** The address as the index recorded it. */
  raw_url: string;
  content: string;
  excerpt: string;
  /**
   * Where a search matched. Pagefind keeps one copy of each result's data and sets this
   * for whichever search loaded it last, so the page reads a result's own `words` instead.
   */
  locations: number[];
  anchors: PagefindAnchor[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindSearch {
  results: {
    id: string;
    score: number;
    /** Where this search matched in the result's words (`content`), before its data loads. */
    words: number[];
    data: () => Promise<PagefindResultData>;
  }[];
  unfilteredResultCount: number;
  /** Results if a value were ticked in addition to the current filters. */
  filters: FilterCounts;
  /** Results if a value were the only filter. */
  totalFilters: FilterCounts;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** Adds another index (a shard) to every later search. */
  mergeIndex: (folder: string, options?: { baseUrl?: string }) => Promise<void>;
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearch>;
  filters: () => Promise<FilterCounts>;
}

/** The query parameter that carries search words to the page a result links to. */
export const HIGHLIGHT_PARAM = 'highlight';
