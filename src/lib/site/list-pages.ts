/**
 * Long lists split into pages. A national corpus has thousands of entries in each list
 * (10,000 documents, 16,000 recommendations): on one page that is megabytes of HTML, slow
 * to load and to scroll on a phone. Page 1 keeps the list's published address
 * (`/reports/`), so no shared link changes; later pages are `/reports/page/2/` and on. At
 * Wiltshire's size every list fits on its first page.
 */
import { wholeNumberText } from '../text/count-of.ts';

/** Entries per page, by what each entry shows. */
export const PAGE_SIZE = {
  /** A title, a byline and a summary. */
  documents: 50,
  /** A title and a caption (the A–Z). */
  titles: 200,
  /** A row of the recommendations table. */
  recommendations: 100,
  /** An event of the timeline: a date and a title. */
  events: 100,
} as const;

export interface ListPage<Item> {
  /** This page's entries. */
  items: Item[];
  /** 1 for the first page. */
  number: number;
  /** How many pages the list has (at least 1, even when it is empty). */
  count: number;
  /** The position in the whole list of this page's first entry, from 1. */
  firstPosition: number;
  /** How many entries the whole list has. */
  total: number;
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `number` (from 1) of `items`; a number past the end is a bug in the route. */
export function listPage<Item>(
  items: readonly Item[],
  size: number,
  number: number,
): ListPage<Item> {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > count) {
    throw new RangeError(`There is no page ${number} of a list of ${count} pages.`);
  }
  const start = (number - 1) * size;
  return {
    items: items.slice(start, start + size),
    number,
    count,
    firstPosition: start + 1,
    total: items.length,
  };
}

/** The numbers of the pages after the first, which get routes of their own. */
export function laterPageNumbers(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2);
}

/** The address of page `number` of the list at `listPath` (which ends in a slash). */
export function listPagePath(listPath: string, number: number): string {
  return number === 1 ? listPath : `${listPath}page/${number}/`;
}

/** A page number to link to, or a gap standing for the pages left out between two links. */
export type PageLink = number | 'gap';

/**
 * Which page numbers the page navigation links: the first and last, and the pages around
 * this one. Sixty links would bury the ones a reader wants. A gap never stands for a
 * single page: that page's link takes no more room than the gap would.
 */
export function pageLinks(current: number, count: number, around = 2): PageLink[] {
  const shown = new Set([1, count]);
  for (let page = current - around; page <= current + around; page += 1) {
    if (page >= 1 && page <= count) shown.add(page);
  }
  const links: PageLink[] = [];
  let previous = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    if (page - previous === 2) links.push(previous + 1);
    else if (page - previous > 2) links.push('gap');
    links.push(page);
    previous = page;
  }
  return links;
}

/** Where this page sits in the list, for its introduction: "Page 2 of 60: 51 to 100." */
export function pagePosition(page: ListPage<unknown>): string {
  if (page.count === 1) return '';
  const last = page.firstPosition + page.items.length - 1;
  const range = `${wholeNumberText(page.firstPosition)} to ${wholeNumberText(last)}`;
  return `Page ${page.number} of ${page.count}: ${range}.`;
}

/** The page's title: the list's, with the page number after the first page. */
export function pageTitle(listTitle: string, page: Pick<ListPage<unknown>, 'number' | 'count'>) {
  return page.number === 1 ? listTitle : `${listTitle}, page ${page.number} of ${page.count}`;
}
