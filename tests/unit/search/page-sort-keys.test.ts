import { decodeCharacterReferences } from '../../../src/lib/text/character-references';
import { describe, expect, test } from 'vitest';
import { oldestFirst, readPageSortKeys } from '../../../src/lib/search/page-sort-keys';

/** The `<data>` elements SearchIndexFields.astro writes, with Astro's attribute escaping. */
const page = (keys: Record<string, string>) =>
  `<main data-pagefind-body><div data-pagefind-ignore>${Object.entries(keys)
    .map(([key, value]) => `<data data-search-sort="${key}" value="${value}"></data>`)
    .join('')}</div><p>Words.</p></main>`;

const written = {
  date: '2023-04-01',
  kind: 'answer',
  published: '2023',
  title: 'The PCC&#39;s &quot;reply&quot; &amp; plan &lt;draft&gt;',
};

describe('reading a page’s date-order key back for search', () => {
  test('reads every key, the title as the reader sees it', () => {
    expect(readPageSortKeys(page(written), 'responses/x/index.html')).toEqual({
      day: '2023-04-01',
      answers: true,
      published: '2023',
      title: 'The PCC\'s "reply" & plan <draft>',
    });
    expect(readPageSortKeys(page({ ...written, kind: 'report' }), 'r').answers).toBe(false);
  });

  test('a document page missing a key stops the build, naming the page and the key', () => {
    const { published: _, ...withoutPublished } = written;
    expect(() => readPageSortKeys(page(withoutPublished), 'responses/x/index.html')).toThrow(
      /responses\/x\/index\.html has no search sort key "published".*SearchIndexFields/,
    );
    expect(() => readPageSortKeys(page({ ...written, kind: 'letter' }), 'p')).toThrow(/"kind"/);
    expect(() => readPageSortKeys(page({ ...written, date: '2023' }), 'p')).toThrow(/"date"/);
  });
});

describe('decodeCharacterReferences', () => {
  test('reads named and numeric references back, and leaves unknown ones as written', () => {
    expect(decodeCharacterReferences('a &amp; b &#8217; &#x2014; &QUOT;x&quot; &copy;')).toBe(
      'a & b ’ — "x" &copy;',
    );
  });
});

describe('search’s date order', () => {
  const page = (path: string, day: string, answers: boolean, published: string, title: string) => ({
    path,
    order: { day, answers, published, title },
  });
  // One day in May 2023: a report, and three answers whose addresses sort unlike their titles.
  const may = [
    page('statements/a/index.html', '2023-05-01', true, '2023-05', 'Zebra crossing'),
    page('responses/b/index.html', '2023-05-01', true, '2023-05', 'Answer'),
    page('reports/c/index.html', '2023-05-01', false, '2023-05', 'A report'),
    page('statements/d/index.html', '2023-05-01', true, '2023-05-01', 'Young'),
  ];
  const june = page('statements/e/index.html', '2023-06-02', true, '2023-06-02', 'June');

  test('is the exact reverse of the lists’ newest first, ties included', () => {
    expect(oldestFirst([june, ...may]).map(({ order }) => order.title)).toEqual([
      'A report',
      'Zebra crossing',
      'Answer',
      'Young',
      'June',
    ]);
  });

  test('falls back to the address only for pages with the same key', () => {
    const twin = { ...may[1]!, path: 'responses/a-twin/index.html' };
    expect(oldestFirst([may[1]!, twin]).map(({ path }) => path)).toEqual([
      'responses/a-twin/index.html',
      'responses/b/index.html',
    ]);
  });

  test('a published key that is not a date stops the build, naming the page', () => {
    expect(() =>
      oldestFirst([page('statements/x/index.html', '2023-05-01', true, 'May', 'X')]),
    ).toThrow(/statements\/x\/index\.html's search sort key "published" is not a date: "May"/);
  });
});
