/**
 * The lists split into pages (list-pages.ts), by the folder of their address: their
 * entries in order and how many fit on a page. One table, used by each list's pages, by
 * the routes of the later pages (src/pages/[list]/page/[page].astro) and by the render
 * cache, which keys each page by the entries it shows (page-inputs.ts).
 */
import { byTitle, newestFirst } from './documents.ts';
import { DOCUMENT_TYPES } from './labels.ts';
import { laterPageNumbers, listPage, PAGE_SIZE, type ListPage } from './list-pages.ts';
import { TYPE_FOLDER } from './urls.ts';
import { trailsOf, type RecommendationTrail } from '../recommendations/trails.ts';
import type { SiteContent, SiteDocument } from './types.ts';

interface PagedList<Entry> {
  /** Entries per page. */
  size: number;
  /** The list's entries in order. */
  entries: (site: SiteContent) => readonly Entry[];
}

/**
 * The entries worked out once per build and list: every page of a list shows part of
 * them, and sorting 10,000 titles for each of 50 pages took seconds.
 */
function oncePerSite<Entry>(entries: (site: SiteContent) => readonly Entry[]) {
  const bySite = new WeakMap<SiteContent, readonly Entry[]>();
  return (site: SiteContent) => {
    let value = bySite.get(site);
    if (!value) bySite.set(site, (value = entries(site)));
    return value;
  };
}

/**
 * The lists of documents, by the folder of their address (urls.ts's TYPE_FOLDER): each
 * type's newest first, and every document A–Z.
 */
export const DOCUMENT_LISTS: Record<string, PagedList<SiteDocument>> = {
  ...Object.fromEntries(
    DOCUMENT_TYPES.map((type) => [
      TYPE_FOLDER[type],
      {
        size: PAGE_SIZE.documents,
        entries: oncePerSite((site) =>
          newestFirst(
            site.documents.filter((doc) => doc.type === type),
            site.documents,
          ),
        ),
      },
    ]),
  ),
  documents: { size: PAGE_SIZE.titles, entries: oncePerSite((site) => byTitle(site.documents)) },
};

/** The recommendations table, oldest report first (the order of trails.ts). */
export const RECOMMENDATION_LIST: PagedList<RecommendationTrail> = {
  size: PAGE_SIZE.recommendations,
  entries: oncePerSite((site) => [...trailsOf(site).values()]),
};

const PAGED_LISTS: Record<string, PagedList<unknown>> = {
  ...DOCUMENT_LISTS,
  recommendations: RECOMMENDATION_LIST,
};

/** Page `number` of a list, or undefined if it has no such page. */
export function pageOf<Entry>(
  { size, entries }: PagedList<Entry>,
  site: SiteContent,
  number: number,
): ListPage<Entry> | undefined {
  const all = entries(site);
  return number >= 1 && (number - 1) * size < Math.max(all.length, 1)
    ? listPage(all, size, number)
    : undefined;
}

/** Every later page of every paged list, as `getStaticPaths` params. */
export function laterListPages(site: SiteContent): { params: { list: string; page: string } }[] {
  return Object.entries(PAGED_LISTS).flatMap(([list, { size, entries }]) =>
    laterPageNumbers(entries(site).length, size).map((number) => ({
      params: { list, page: String(number) },
    })),
  );
}
