import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import {
  assignShards,
  documentsPerShard,
  PAGEFIND_CHUNK_SIZE,
  shardChunkSize,
  shardCount,
  shardFolders,
} from '../../../src/lib/search/search-shards';

describe('how many shards', () => {
  test('one index up to 2,500 documents, then one more shard per 2,500', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(6)).toBe(1);
    expect(shardCount(2_500)).toBe(1);
    expect(shardCount(2_501)).toBe(2);
    expect(shardCount(10_000)).toBe(4);
    expect(shardCount(10_001)).toBe(5);
  });

  test('SEARCH_SHARD_SIZE sets the documents per shard, and nonsense is refused', () => {
    expect(documentsPerShard({})).toBe(2_500);
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

  test('a newly published document, the newest, changes one shard only', () => {
    const published = { path: 'statements/new/index.html', date: '2024-01-01' };
    const before = assignShards(pages, 3);
    const after = assignShards([...pages, published], 3);
    const changed = after.filter((shard, index) => !isDeepStrictEqual(shard, before[index]));
    expect(changed).toHaveLength(1);
    expect(changed[0]?.at(-1)).toEqual(published);
  });
});
