/**
 * Reads back from a built document page the date-order key its SearchIndexFields wrote
 * (`<data data-search-sort="date" value="…">` and the rest), for search's date order.
 * Read from the page rather than the content so that the search step needs only the
 * built site, as Pagefind does.
 */
import { compareNewestFirst, type DateOrderKey } from '../site/date-order-key.ts';
import { parsePartialDate } from '../dates/partial-date.ts';
import { decodeCharacterReferences } from '../text/character-references.ts';

/** A page's date-order key as plain data (kept between builds in file-facts.ts). */
export interface PageSortKeys {
  /** `YYYY-MM-DD`: the first day the document can have been published. */
  day: string;
  answers: boolean;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published: string;
  title: string;
}

const sortKey = (name: string, value: string) =>
  new RegExp(`data-search-sort="${name}" value="(${value})"`);

const KEYS = {
  date: sortKey('date', String.raw`\d{4}-\d{2}-\d{2}`),
  kind: sortKey('kind', 'answer|report'),
  published: sortKey('published', String.raw`\d{4}(?:-\d{2}){0,2}`),
  title: sortKey('title', '[^"]*'),
};

/**
 * The keys of the page at `pagePath`; a document page without them stops the build, as
 * search would otherwise put it out of place.
 */
export function readPageSortKeys(html: string, pagePath: string): PageSortKeys {
  const read = (name: keyof typeof KEYS) => {
    const value = KEYS[name].exec(html)?.[1];
    if (value === undefined)
      throw new Error(
        `${pagePath} has no search sort key "${name}" (data-search-sort="${name}"): document pages must render SearchIndexFields with documentSearchFields().`,
      );
    return value;
  };
  return {
    day: read('date'),
    answers: read('kind') === 'answer',
    published: read('published'),
    title: decodeCharacterReferences(read('title')),
  };
}

/** The code that reads the keys: facts read by other code are not reused. */
export const PAGE_SORT_KEYS_CODE = [
  readPageSortKeys,
  decodeCharacterReferences,
  ...Object.values(KEYS),
]
  .map(String)
  .join('\n');

/**
 * Pages oldest first for search's date order: the exact reverse of the site's newest
 * first (date-order-key.ts), then by path should two pages ever have the same key.
 */
export function oldestFirst<Page extends { path: string; order: PageSortKeys }>(
  pages: readonly Page[],
): Page[] {
  const keys = new Map(pages.map((page) => [page, dateOrderKey(page)]));
  return [...pages].sort(
    (a, b) => compareNewestFirst(keys.get(b)!, keys.get(a)!) || comparePaths(a.path, b.path),
  );
}

function dateOrderKey({ path, order }: { path: string; order: PageSortKeys }): DateOrderKey {
  const published = parsePartialDate(order.published);
  if (!published)
    throw new Error(`${path}'s search sort key "published" is not a date: "${order.published}".`);
  return { ...order, published };
}

const comparePaths = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
