import { describe, expect, test } from 'vitest';
import { countOf } from '../../../src/lib/text/count-of';
import {
  laterPageNumbers,
  listPage,
  listPagePath,
  pageCount,
  pageLinks,
  pagePosition,
  pageTitle,
} from '../../../src/lib/site/list-pages';
import { DOCUMENT_LISTS, laterListPages } from '../../../src/lib/site/paged-lists';
import { recommendation, report, site, statement } from '../../support/content-builders';

const letters = [...'abcdefghij'];

describe('a long list split into pages', () => {
  test('holds every entry once, in order, with no page over its size', () => {
    const count = pageCount(letters.length, 4);
    const pages = Array.from({ length: count }, (_, index) => listPage(letters, 4, index + 1));
    expect(pages.map((page) => page.items)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['e', 'f', 'g', 'h'],
      ['i', 'j'],
    ]);
    expect(pages.map((page) => page.firstPosition)).toEqual([1, 5, 9]);
  });

  test('an empty list still has its first page', () => {
    expect(listPage([], 50, 1)).toMatchObject({ items: [], count: 1, total: 0 });
    expect(laterPageNumbers(0, 50)).toEqual([]);
  });

  test('a list that fits exactly does not get an empty last page', () => {
    expect(pageCount(100, 50)).toBe(2);
    expect(laterPageNumbers(100, 50)).toEqual([2]);
  });

  test('asking for a page past the end is an error, not an empty page', () => {
    expect(() => listPage(letters, 4, 4)).toThrow(/no page 4 of a list of 3 pages/);
    expect(() => listPage(letters, 4, 0)).toThrow(RangeError);
  });

  test('the first page keeps the list’s own address', () => {
    expect(listPagePath('/reports/', 1)).toBe('/reports/');
    expect(listPagePath('/reports/', 2)).toBe('/reports/page/2/');
  });

  test('says where the page sits, only when there is more than one', () => {
    expect(pagePosition(listPage(letters, 4, 3))).toBe('Page 3 of 3: 9 to 10.');
    expect(pagePosition(listPage(letters, 20, 1))).toBe('');
    expect(pageTitle('Reports', { number: 1, count: 3 })).toBe('Reports');
    expect(pageTitle('Reports', { number: 2, count: 3 })).toBe('Reports, page 2 of 3');
  });

  test('counts with thousands separators and the right noun', () => {
    expect(countOf(1, 'document', 'documents')).toBe('1 document');
    expect(countOf(10000, 'document', 'documents')).toBe('10,000 documents');
  });
});

describe('page links', () => {
  test('every page when there are few', () => {
    expect(pageLinks(1, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  test('the first, the last and the pages around this one, with gaps between', () => {
    expect(pageLinks(30, 60)).toEqual([1, 'gap', 28, 29, 30, 31, 32, 'gap', 60]);
    expect(pageLinks(1, 60)).toEqual([1, 2, 3, 'gap', 60]);
    expect(pageLinks(60, 60)).toEqual([1, 'gap', 58, 59, 60]);
  });

  test('a gap never stands for a single page: that page is linked instead', () => {
    expect(pageLinks(5, 60)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 60]);
  });
});

describe('the paged lists', () => {
  const reports = Array.from({ length: 51 }, (_, index) =>
    report(`report-${index}`, { published: '2023-01-01' }),
  );
  const content = site({
    documents: [...reports, statement('one-statement', { published: '2023-02-01' })],
    recommendations: [recommendation('r1', { report: 'report-0' })],
  });

  test('get a route for each later page, and none for a list that fits on one', () => {
    expect(DOCUMENT_LISTS.reports!.size).toBe(50);
    expect(laterListPages(content)).toEqual([{ params: { list: 'reports', page: '2' } }]);
  });
});
