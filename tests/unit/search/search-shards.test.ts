import { describe, expect, test } from 'vitest';
import {
  assignShards,
  documentsPerShard,
  PAGEFIND_CHUNK_SIZE,
  shardChunkSize,
  shardCount,
  shardFolders,
  shardIndexWeight,
  orderNewestFirst,
} from '../../../src/lib/search/search-shards';

describe('how many shards', () => {
  test('one index up to 5,000 documents, then one more shard per 5,000', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(6)).toBe(1);
    expect(shardCount(5_000)).toBe(1);
    expect(shardCount(5_001)).toBe(2);
    expect(shardCount(10_000)).toBe(2);
    expect(shardCount(10_001)).toBe(3);
  });

  test('SEARCH_SHARD_SIZE sets the documents per shard, and nonsense is refused', () => {
    expect(documentsPerShard({})).toBe(5_000);
    expect(documentsPerShard({ SEARCH_SHARD_SIZE: '2' })).toBe(2);
    expect(() => documentsPerShard({ SEARCH_SHARD_SIZE: 'two' })).toThrow(/whole number/);
    expect(() => documentsPerShard({ SEARCH_SHARD_SIZE: '0' })).toThrow(/at least 1/);
  });

  test('the first shard is Pagefind’s usual folder, the others sit beside it', () => {
    expect(shardFolders(1)).toEqual(['/pagefind/']);
    expect(shardFolders(3)).toEqual(['/pagefind/', '/pagefind-shards/1/', '/pagefind-shards/2/']);
  });

  test('chunks shrink with the number of shards, so a word costs the same bytes', () => {
    expect(shardChunkSize(1)).toBe(PAGEFIND_CHUNK_SIZE);
    expect(shardChunkSize(2) * 2).toBe(PAGEFIND_CHUNK_SIZE);
  });
});

/** Documents with dates, some on the same day, in no particular order. */
const pages = Array.from({ length: 23 }, (_, index) => ({
  path: `statements/s${String((index * 7) % 23).padStart(2, '0')}/index.html`,
  date: `2023-0${1 + (index % 9)}-1${index % 3}`,
}));

describe('dealing documents to shards', () => {
  test('round-robin in date order, then address order', () => {
    const shards = assignShards(pages, 3);
    const ordered = [...pages].sort(
      (a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path),
    );
    ordered.forEach((page, rank) => expect(shards[rank % 3]).toContain(page));
    expect(shards.map((shard) => shard.length)).toEqual([8, 8, 7]);
  });

  test('the same documents always go to the same shards', () => {
    expect(assignShards([...pages].reverse(), 3)).toEqual(assignShards(pages, 3));
  });
});

/**
 * What Pagefind does with a date sort over merged shards (pagefind_web search(), and
 * the merge in pagefind.js): each shard scores a result by its position in the shard's
 * own date order (negated for oldest first), the score is multiplied by the shard's
 * indexWeight, and all results are ordered by score, highest first, keeping shard order
 * on ties. The search page then applies orderNewestFirst to a newest-first search.
 */
function mergedSort(shards: (typeof pages)[], direction: 'asc' | 'desc') {
  const scored = shards.flatMap((shard, index) => {
    const byDate = [...shard].sort((a, b) => a.date.localeCompare(b.date));
    return shard.map((page) => {
      const position = byDate.indexOf(page);
      const score = direction === 'desc' ? position : -position;
      return { page, score: score * shardIndexWeight(index) };
    });
  });
  const merged = scored.sort((a, b) => b.score - a.score);
  return (direction === 'desc' ? orderNewestFirst(merged) : merged).map(({ page }) => page.date);
}

describe('a date sort across merged shards', () => {
  test.each([1, 2, 3, 5])('comes out in date order with %i shards', (count) => {
    const shards = assignShards(pages, count);
    const dates = pages.map((page) => page.date);
    expect(mergedSort(shards, 'desc')).toEqual([...dates].sort().reverse());
    expect(mergedSort(shards, 'asc')).toEqual([...dates].sort());
  });

  test('orderNewestFirst only reverses the run of zero scores at the end', () => {
    const results = [5, 3, 3, 1, 0, 0, 0].map((score, index) => ({ score, index }));
    expect(orderNewestFirst(results).map((result) => result.index)).toEqual([0, 1, 2, 3, 6, 5, 4]);
    expect(orderNewestFirst(results.slice(0, 4))).toEqual(results.slice(0, 4));
  });

  test('would not, if documents were dealt to shards by address', () => {
    const byAddress = [...pages].sort((a, b) => a.path.localeCompare(b.path));
    const shards = [byAddress.slice(0, 12), byAddress.slice(12)];
    const dates = pages.map((page) => page.date);
    expect(mergedSort(shards, 'desc')).not.toEqual([...dates].sort().reverse());
  });
});
