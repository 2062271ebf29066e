import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import {
  assignShards,
  dateOrdered,
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

/** Statements of 43 forces over ten years, some on the same day, in no particular order. */
const corpus = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    path: `statements/force-${index % 43}-statement-${String((index * 7919) % count).padStart(5, '0')}/index.html`,
    date: `20${14 + (index % 10)}-0${1 + (index % 3)}-1${index % 7}`,
  }));
const pages = corpus(300);

/** The shards that differ between two dealings of the same number of shards. */
const changedShards = (before: unknown[][], after: unknown[][]) =>
  after.filter((shard, index) => !isDeepStrictEqual(shard, before[index]));

describe('dealing documents to shards', () => {
  test('every document goes to exactly one shard, each shard in date order', () => {
    const shards = assignShards(pages, 4);
    expect(shards.flat()).toHaveLength(pages.length);
    expect(new Set(shards.flat())).toEqual(new Set(pages));
    for (const shard of shards) expect(shard).toEqual(dateOrdered(shard));
  });

  test('the same documents always go to the same shards', () => {
    expect(assignShards([...pages].reverse(), 4)).toEqual(assignShards(pages, 4));
  });

  test('a newly published document, the newest, changes one shard only', () => {
    const published = { path: 'statements/new/index.html', date: '2024-01-01' };
    const changed = changedShards(assignShards(pages, 4), assignShards([...pages, published], 4));
    expect(changed).toHaveLength(1);
    expect(changed[0]?.at(-1)).toEqual(published);
  });

  // Dealt round-robin in date order, each of these moved every later document to the next
  // shard, and every shard was indexed again.
  test('a document published with an earlier date, or on the same day as others, changes one shard only', () => {
    const sameDay = pages.filter((page) => page.date === pages[0]?.date);
    expect(sameDay.length).toBeGreaterThan(1);
    for (const published of [
      { path: 'reports/an-old-report/index.html', date: '2015-03-02' },
      { path: 'statements/a-first/index.html', date: sameDay[0]?.date ?? '' },
    ]) {
      const after = assignShards([...pages, published], 4);
      expect(changedShards(assignShards(pages, 4), after)).toHaveLength(1);
      expect(after.flat()).toContain(published);
    }
  });

  test('withdrawing a document, or correcting its date, changes one shard only', () => {
    const [first, ...rest] = pages;
    const before = assignShards(pages, 4);
    expect(changedShards(before, assignShards(rest, 4))).toHaveLength(1);
    const corrected = { ...first!, date: '2023-12-31' };
    expect(changedShards(before, assignShards([corrected, ...rest], 4))).toHaveLength(1);
  });

  test('at national scale the shards are about the same size', () => {
    for (const shard of assignShards(corpus(10_000), 4)) {
      expect(shard.length).toBeGreaterThan(2_500 * 0.95);
      expect(shard.length).toBeLessThan(2_500 * 1.05);
    }
  });

  // Pagefind cannot index an empty folder: with two documents a shard, as in the test
  // build, an address hash alone would often leave one empty.
  test('a few documents a shard never leaves a shard empty', () => {
    for (let start = 0; start < 200; start += 1) {
      const few = corpus(400).slice(start, start + 6);
      const shards = assignShards(few, 3);
      expect(shards.every((shard) => shard.length > 0)).toBe(true);
      expect(shards.flat()).toHaveLength(6);
    }
  });
});
