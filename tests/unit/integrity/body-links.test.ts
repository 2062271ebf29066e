import { describe, expect, test } from 'vitest';
import { checkIntegrity } from '../../../src/lib/integrity/check-integrity';
import {
  builtFilePatterns,
  fixedPagePaths,
  type SiteAddresses,
} from '../../../src/lib/integrity/site-addresses';
import { formatProblem } from '../../../src/lib/markdown/content-error';
import { DATE_ORDER_PATH } from '../../../src/lib/search/date-order';
import { shardFolders } from '../../../src/lib/search/search-shards';
import type { SiteDocument } from '../../../src/lib/site/types';
import { person, recommendation, report, site, statement } from '../../support/content-builders';

const theReport = report('the-report', {
  published: '2022-08-05',
  issuer: 'inspectorate',
  paragraphs: 42,
  headings: ['findings', 'what-happens-next'],
});

/** What the site has besides its content: the manifest's pages and public/'s files. */
const addresses: SiteAddresses = {
  pages: new Map([
    ['/', []],
    ['/glossary/', ['mash']],
    ['/reports/', []],
    ['/reports/the-report/', ['old-heading']],
  ]),
  files: new Set(['/favicon.svg', '/images/map.png', '/images/chart.png']),
  builtFiles: builtFilePatterns(['data/documents.json.ts', 'organisations/[id]/feed.xml.ts']),
};

/** The formatted problems with links in a statement's body (each link on its own line). */
function problemsWith(links: string[], kind: 'link' | 'image' = 'link'): string[] {
  const linking = statement('linking', {
    published: '2023-09-01',
    issuer: 'the-force',
    respondsTo: ['the-report'],
    paragraphs: 5,
    links: links.map((url) => ({ url, kind })),
  });
  const content = site({
    documents: [theReport, linking, newDocument()],
    recommendations: [recommendation('rec-a')],
    people: [person('someone')],
  });
  return checkIntegrity(content, addresses).map(formatProblem);
}

/** A document added in the same change as the one linking to it: not in the manifest yet. */
function newDocument(): SiteDocument {
  return statement('new-statement', { published: '2023-10-01', issuer: 'the-force' });
}

describe('links in a document body', () => {
  test('to pages, anchors and files that exist raise nothing', () => {
    expect(
      problemsWith([
        '/',
        '/reports/the-report/',
        '/reports/the-report/#p42',
        '/reports/the-report/#findings',
        // Published before and recorded: kept (or aliased), so still a place to link to.
        '/reports/the-report/#old-heading',
        // The page's own parts around the body.
        '/reports/the-report/#cite-this',
        '/statements/new-statement/#p3',
        '#p5',
        '/recommendations/rec-a/',
        '/recommendations/rec-a/briefing/',
        '/organisations/the-force/',
        '/people/someone/',
        '/glossary/#mash',
        // Anchors on pages other than documents' are not known before the build: not guessed.
        '/glossary/#anything',
        '/reports/the-report/?from=feed#p1',
        '/images/map.png',
        // Written by the build, not taken from public/.
        '/data/documents.json',
        '/organisations/the-force/feed.xml',
        // Written by the search step, after Astro: the date order and the shards' files.
        '/search/date-order.json',
        '/pagefind/pagefind.js',
        '/pagefind-shards/2/pagefind-entry.json',
        // Exist or not by how long a list is.
        '/reports/page/3/',
      ]),
    ).toEqual([]);
    expect(problemsWith(['/images/chart.png', '/social/reports/the-report.png'], 'image')).toEqual(
      [],
    );
  });

  test('to a paragraph the document does not have names the paragraphs it has', () => {
    expect(problemsWith(['/reports/the-report/#p999', '#p6'])).toEqual([
      'content/statements/linking.mdx:11:1 The link "/reports/the-report/#p999" leads to no paragraph: "/reports/the-report/" has paragraphs p1–p42; there is no p999. Write the number of the paragraph you mean, as its ¶ link shows it.',
      'content/statements/linking.mdx:12:1 The link "#p6" leads to no paragraph: this document has paragraphs p1–p5; there is no p6. Write the number of the paragraph you mean, as its ¶ link shows it.',
    ]);
  });

  test('to a heading the document does not have suggests the nearest one', () => {
    expect(problemsWith(['/reports/the-report/#findngs', '/reports/the-report/#summary'])).toEqual([
      'content/statements/linking.mdx:11:1 The link "/reports/the-report/#findngs" leads to no part of the page: "/reports/the-report/" has no heading or paragraph with the id "findngs". Write #findings, or a paragraph, p1–p42.',
      'content/statements/linking.mdx:12:1 The link "/reports/the-report/#summary" leads to no part of the page: "/reports/the-report/" has no heading or paragraph with the id "summary". Write a heading\'s id (#findings, #what-happens-next), or a paragraph, p1–p42.',
    ]);
  });

  test('to a page that does not exist names the nearest pages', () => {
    expect(problemsWith(['/reports/no-such-report/', '/nowhere/at/all/'])).toEqual([
      'content/statements/linking.mdx:11:1 The link "/reports/no-such-report/" leads to no page: this site has no /reports/no-such-report/, and none of its content makes one. Write the address of a page it has. The nearest addresses it has: /reports/the-report/.',
      'content/statements/linking.mdx:12:1 The link "/nowhere/at/all/" leads to no page: this site has no /nowhere/at/all/, and none of its content makes one. Write the address of a page it has. Copy the address from the page on the site, leaving out the domain.',
    ]);
  });

  test('to a document under the wrong type, or without the closing slash, says what to write', () => {
    expect(problemsWith(['/reports/new-statement/#p1', '/reports/the-report#p2'])).toEqual([
      'content/statements/linking.mdx:11:1 The link "/reports/new-statement/#p1" leads to no page: "new-statement" is a statement, at /statements/new-statement/. Write /statements/new-statement/#p1.',
      'content/statements/linking.mdx:12:1 The link "/reports/the-report#p2" leaves out the closing slash: write /reports/the-report/#p2 (every page\'s address ends with /).',
    ]);
  });

  test('to a page’s index.html gives the page’s address', () => {
    expect(problemsWith(['/reports/the-report/index.html#p2', '/reports/the-report/'])).toEqual([
      'content/statements/linking.mdx:11:1 The link "/reports/the-report/index.html#p2" names the page\'s file: write /reports/the-report/#p2 (every page\'s address ends with /, without index.html).',
    ]);
  });

  test('to an image or file that is not in public/ names the file to add and those there', () => {
    expect(problemsWith(['/images/missing.png', '/photos/a.jpg'], 'image')).toEqual([
      'content/statements/linking.mdx:11:1 The image "/images/missing.png" is not on the site: there is no file public/images/missing.png. Put the file at public/images/missing.png, or write one that is there: /images/chart.png, /images/map.png.',
      'content/statements/linking.mdx:12:1 The image "/photos/a.jpg" is not on the site: there is no file public/photos/a.jpg. Put the file at public/photos/a.jpg.',
    ]);
    expect(problemsWith(['/images/report.pdf'])).toEqual([
      'content/statements/linking.mdx:11:1 The link "/images/report.pdf" is not on the site: there is no file public/images/report.pdf. Put the file at public/images/report.pdf, or write one that is there: /images/chart.png, /images/map.png.',
    ]);
    // In a folder public/ does not have yet, nor the build: a link published dead before.
    expect(problemsWith(['/files/report.pdf', '/data/documents.xml'])).toEqual([
      'content/statements/linking.mdx:11:1 The link "/files/report.pdf" is not on the site: there is no file public/files/report.pdf. Put the file at public/files/report.pdf.',
      'content/statements/linking.mdx:12:1 The link "/data/documents.xml" is not on the site: there is no file public/data/documents.xml. Put the file at public/data/documents.xml.',
    ]);
    // Beside what the search step writes, but not written by it.
    expect(
      problemsWith([
        '/search/date-order.csv',
        '/pagefind-shards/pagefind.js',
        '/pagefind-shards/0/pagefind.js',
      ]),
    ).toEqual([
      'content/statements/linking.mdx:11:1 The link "/search/date-order.csv" is not on the site: there is no file public/search/date-order.csv. Put the file at public/search/date-order.csv.',
      'content/statements/linking.mdx:12:1 The link "/pagefind-shards/pagefind.js" is not on the site: there is no file public/pagefind-shards/pagefind.js. Put the file at public/pagefind-shards/pagefind.js.',
      'content/statements/linking.mdx:13:1 The link "/pagefind-shards/0/pagefind.js" is not on the site: there is no file public/pagefind-shards/0/pagefind.js. Put the file at public/pagefind-shards/0/pagefind.js.',
    ]);
  });

  test('to an empty # says to write an id or leave it out', () => {
    expect(problemsWith(['/reports/the-report/#'])).toEqual([
      'content/statements/linking.mdx:11:1 The link "/reports/the-report/#" points nowhere after its #: write the id of a part of the page (such as #p1), or leave the # out.',
    ]);
  });
});

describe('the files the build writes', () => {
  test('are its routes that make files, with any [parameter] standing for a part of an address', () => {
    const patterns = builtFilePatterns([
      'index.astro',
      'feed.xml.ts',
      'data/recommendations.csv.ts',
      'organisations/[id]/feed.xml.ts',
      'social/[...card].png.ts',
    ]);
    const built = (path: string) => patterns.some((pattern) => pattern.test(path));
    expect(
      [
        '/feed.xml',
        '/data/recommendations.csv',
        '/organisations/a-force/feed.xml',
        '/social/reports/a.png',
      ].every(built),
    ).toBe(true);
    expect(
      ['/index', '/feedxml', '/data/recommendations.json', '/organisations/a/b/feed.xml'].some(
        built,
      ),
    ).toBe(false);
  });

  test('include what the search step writes after the routes, wherever its folders are', () => {
    const built = (path: string) => builtFilePatterns([]).some((pattern) => pattern.test(path));
    // The first shard's folder and the numbered ones after it.
    const folders = shardFolders(3);
    for (const folder of folders) {
      expect(built(`${folder}pagefind-entry.json`)).toBe(true);
      expect(built(`${folder}fragment/en-gb_6d2afbaa26676-1a.pf_fragment`)).toBe(true);
    }
    expect(built(DATE_ORDER_PATH)).toBe(true);
    expect(built(`${DATE_ORDER_PATH}.bak`)).toBe(false);
    expect(built('/search/index.json')).toBe(false);
  });
});

describe("the site's fixed pages", () => {
  test('are its routes without a [parameter], as addresses', () => {
    expect(
      fixedPagePaths([
        'index.astro',
        '404.astro',
        'accessibility.mdx',
        'glossary/index.astro',
        'search.astro',
        'feed.xml.ts',
        'reports/[slug].astro',
        '[list]/page/[page].astro',
      ]),
    ).toEqual(['/', '/accessibility/', '/glossary/', '/search/']);
  });
});
