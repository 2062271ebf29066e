import { describe, expect, test } from 'vitest';
import {
  isDateOrder,
  makeDateOrder,
  sortByDate,
  type DateOrder,
} from '../../../src/lib/search/date-order';

/** A search result as Pagefind returns it, counting how often its fragment is fetched. */
function result(id: string, url: string) {
  const fetched = { count: 0 };
  return {
    id,
    url,
    fetched,
    data: () => {
      fetched.count += 1;
      return Promise.resolve({ raw_url: url, url: `/base${url}?highlight=x` });
    },
  };
}

const order = makeDateOrder([
  { id: 'en_a', url: '/reports/2022/' },
  { id: 'en_b', url: '/responses/2022/' },
  { id: 'en_c', url: '/statements/2023/' },
  { id: 'en_d', url: '/statements/2024/' },
]);

describe('the date order the build writes', () => {
  test('lists every document’s id oldest first, with no shared ids', () => {
    expect(order).toEqual({ ids: ['en_a', 'en_b', 'en_c', 'en_d'], shared: {} });
    expect(isDateOrder(order)).toBe(true);
  });

  test('gives the addresses, in order, of documents in different shards with one id', () => {
    const clashing = makeDateOrder([
      { id: 'en_a', url: '/reports/x/' },
      { id: 'en_b', url: '/statements/y/' },
      { id: 'en_a', url: '/statements/z/' },
    ]);
    expect(clashing.shared).toEqual({ en_a: ['/reports/x/', '/statements/z/'] });
  });

  test('a file of any other shape is not taken for one', () => {
    expect(isDateOrder(null)).toBe(false);
    expect(isDateOrder({ ids: ['en_a'] })).toBe(false);
    expect(isDateOrder({ ids: [1], shared: {} })).toBe(false);
    expect(isDateOrder({ ids: [], shared: { en_a: 'x' } })).toBe(false);
  });
});

describe('sorting results by date', () => {
  // In relevance order, as a search returns them.
  const results = [
    result('en_c', '/statements/2023/'),
    result('en_a', '/reports/2022/'),
    result('en_d', '/statements/2024/'),
  ];
  const urls = (sorted: { url: string }[]) => sorted.map((one) => one.url);

  test('newest first and oldest first, without fetching any result’s text', async () => {
    expect(urls(await sortByDate(results, order, 'newest'))).toEqual([
      '/statements/2024/',
      '/statements/2023/',
      '/reports/2022/',
    ]);
    expect(urls(await sortByDate(results, order, 'oldest'))).toEqual([
      '/reports/2022/',
      '/statements/2023/',
      '/statements/2024/',
    ]);
    expect(results.map((one) => one.fetched.count)).toEqual([0, 0, 0]);
  });

  test('two documents sharing an id are told apart by their own addresses', async () => {
    const clashing: DateOrder = makeDateOrder([
      { id: 'en_a', url: '/reports/old/' },
      { id: 'en_b', url: '/statements/middle/' },
      { id: 'en_a', url: '/statements/new/' },
    ]);
    const found = [
      result('en_a', '/reports/old/'),
      result('en_b', '/statements/middle/'),
      result('en_a', '/statements/new/'),
    ];
    expect(urls(await sortByDate(found, clashing, 'newest'))).toEqual([
      '/statements/new/',
      '/statements/middle/',
      '/reports/old/',
    ]);
    // Only the results with the shared id had their text fetched.
    expect(found.map((one) => one.fetched.count)).toEqual([1, 0, 1]);
  });

  test('a result the date order does not know goes last, either way', async () => {
    const withUnknown = [result('en_zz', '/statements/unknown/'), ...results];
    for (const direction of ['newest', 'oldest'] as const) {
      const sorted = await sortByDate(withUnknown, order, direction);
      expect(sorted.at(-1)?.url).toBe('/statements/unknown/');
    }
  });
});
