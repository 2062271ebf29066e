/**
 * The lists split into pages (list-pages.ts), by the folder of their address: how many
 * entries each holds and how many fit on a page. One table, so the routes of the later
 * pages (src/pages/[list]/page/[page].astro) and each list's first page agree.
 */
import { DOCUMENT_TYPES } from './labels.ts';
import { laterPageNumbers, PAGE_SIZE } from './list-pages.ts';
import { typeListPath } from './urls.ts';
import type { DocumentType, SiteContent } from './types.ts';

export interface PagedList {
  /** Entries per page. */
  size: number;
  /** How many entries the list holds. */
  total: (site: SiteContent) => number;
}

const ofType = (type: DocumentType): PagedList => ({
  size: PAGE_SIZE.documents,
  total: (site) => site.documents.filter((doc) => doc.type === type).length,
});

/** `reports` for /reports/, and so on. */
export const TYPE_OF_LIST = new Map<string, DocumentType>(
  DOCUMENT_TYPES.map((type) => [typeListPath(type).slice(1, -1), type]),
);

export const PAGED_LISTS: Record<string, PagedList> = {
  ...Object.fromEntries([...TYPE_OF_LIST].map(([list, type]) => [list, ofType(type)])),
  documents: { size: PAGE_SIZE.titles, total: (site) => site.documents.length },
  recommendations: {
    size: PAGE_SIZE.recommendations,
    total: (site) => site.recommendations.length,
  },
};

/** Every later page of every paged list, as `getStaticPaths` params. */
export function laterListPages(site: SiteContent): { params: { list: string; page: string } }[] {
  return Object.entries(PAGED_LISTS).flatMap(([list, { size, total }]) =>
    laterPageNumbers(total(site), size).map((number) => ({
      params: { list, page: String(number) },
    })),
  );
}
