/**
 * The built lists of documents (the home page's latest, and each type's list): every entry
 * says what the document is, who it is from and when it was published, so a reader can
 * tell whose statement is whose without opening it.
 */
import { describe, expect, test } from 'vitest';
import * as cheerio from 'cheerio';
import {
  distHas,
  documentPageDirs,
  normaliseSpace,
  readDist,
  sitePathBase,
} from '../support/built-site';

const LIST_PAGES = [
  'index.html',
  'reports/index.html',
  'statements/index.html',
  'responses/index.html',
];

/** The caption under each entry's title, as text. */
function captions(page: string): string[] {
  return [...readDist(page).matchAll(/<p class="caption"[^>]*>(.*?)<\/p>/gs)].map((match) =>
    normaliseSpace((match[1] ?? '').replace(/<[^>]+>/g, '')),
  );
}

/** Whether the document page at a link carries our summary (it then says so in a box). */
function isSummaryPage(href: string): boolean {
  const page = readDist(`${href.slice(sitePathBase().length)}index.html`);
  return cheerio.load(page)('.verbatim-note').length > 0;
}

/** Each entry of a list page: the document it links to, and whether it says "(our summary)". */
function listEntries(page: string): { href: string; saysSummary: boolean }[] {
  const $ = cheerio.load(readDist(page));
  return $('.document-list > li')
    .toArray()
    .map((entry) => ({
      href: $(entry).find('a').first().attr('href') ?? '',
      saysSummary: $(entry).find('.caption').text().includes('(our summary)'),
    }));
}

describe('lists of documents', () => {
  test.each(LIST_PAGES)('%s: every entry names its type, its source and its date', (page) => {
    const entries = captions(page);
    expect(entries.length).toBeGreaterThan(0);
    for (const caption of entries)
      expect(caption).toMatch(
        /^(Report|Statement|Response)( \(our summary\))? (from|by) \S.*, published \S/,
      );
  });

  test('the type lists between them list every document', () => {
    const listed = LIST_PAGES.slice(1).flatMap(captions);
    expect(listed).toHaveLength(documentPageDirs().length);
  });

  // Issued by no organisation: its entry once said only "Statement, published 5 August 2022".
  test('an MP’s statement is listed by its author', () => {
    expect(captions('statements/index.html')).toContain(
      'Statement by Danny Kruger, published 5 August 2022',
    );
  });

  // Its list entry once read "Response from Office of the Police and Crime Commissioner…".
  test('an organisation whose name needs "the" gets it', () => {
    expect(captions('responses/index.html')).toContain(
      'Response from the Office of the Police and Crime Commissioner for Wiltshire and Swindon, published 2023',
    );
  });

  // The lists once said "Report from …" above a summary's own words, which a reader could
  // quote as the report's; the page itself and search results said "(our summary)".
  test.each([...LIST_PAGES, 'documents/index.html'])(
    '%s: an entry says "(our summary)" exactly when its page is our summary',
    (page) => {
      const entries = listEntries(page);
      expect(entries.length).toBeGreaterThan(0);
      for (const { href, saysSummary } of entries)
        expect(saysSummary, href).toBe(isSummaryPage(href));
    },
  );

  test('the sample site lists summaries among its reports', () => {
    expect(listEntries('reports/index.html').some((entry) => entry.saysSummary)).toBe(true);
  });

  // Both known only as "2023", the PCC's response had been listed below the review it
  // answers, ordered by title; and the MP's statement below the report of its day.
  test('the home page lists an answer above the report it answers, newest first', () => {
    const order = listEntries('index.html').map(({ href }) => href.slice(sitePathBase().length));
    const above = (answer: string, report: string) =>
      expect(order.indexOf(answer)).toBeLessThan(order.indexOf(report));
    expect(order).toContain('reports/ncpi-wiltshire-2022/');
    above(
      'responses/pcc-response-ncpi-post-inspection-review-2023/',
      'reports/ncpi-wiltshire-post-inspection-review-2023/',
    );
    above('statements/danny-kruger-ncpi-2022/', 'reports/ncpi-wiltshire-2022/');
  });

  // Long lists are split into pages (tests/browser/long-lists.test.ts); this site's fit on one.
  test.each(['reports', 'statements', 'responses', 'documents', 'recommendations'])(
    '/%s/ fits on its first page: no page links, no later pages',
    (list) => {
      expect(cheerio.load(readDist(`${list}/index.html`))('.list-pages')).toHaveLength(0);
      expect(distHas(`${list}/page`)).toBe(false);
    },
  );
});
