// The bench counts the index chunk a search fetches; it must pick the chunk Pagefind's
// runtime picks (request_indexes), or the payload it reports is another word's.
import { describe, expect, it } from 'vitest';
import { chunkFor, sortOrders, type IndexChunk } from '../../../src/cli/bench/pagefind-meta';

// Bounds as Pagefind writes them at 10,000 documents: shortened to the letters that
// separate neighbouring chunks.
const chunks: IndexChunk[] = [
  { from: 'rawal', to: 'rea', hash: 'a' },
  { from: 'reb', to: 'recom', hash: 'b' },
  { from: 'recor', to: 'record', hash: 'c' },
  { from: 'recori', to: 'refer', hash: 'd' },
  { from: 'refes', to: 'regi', hash: 'e' },
];

describe('chunkFor', () => {
  it('finds a word between two bounds', () => {
    expect(chunkFor(chunks, 'rebuild')?.hash).toBe('b');
    expect(chunkFor(chunks, 'record')?.hash).toBe('c');
  });

  it('finds a word that extends its chunk’s shortened last bound in that chunk, not the next', () => {
    expect(chunkFor(chunks, 'recommendation')?.hash).toBe('b');
    expect(chunkFor(chunks, 'referral')?.hash).toBe('d');
  });

  it('finds nothing for a word past every chunk', () => {
    expect(chunkFor(chunks, 'zebra')).toBeUndefined();
  });
});

describe('sortOrders', () => {
  /** The metadata file of a two-page index Pagefind builds in memory. */
  async function metadataOf(sortedByDate: boolean): Promise<Buffer> {
    const { createIndex, close } = await import('pagefind');
    try {
      const { index } = await createIndex({});
      if (!index) throw new Error('Pagefind could not start');
      for (const [url, date] of [
        ['/a/', '2023-01-01'],
        ['/b/', '2022-01-01'],
      ] as const) {
        await index.addCustomRecord({
          url,
          content: 'Every child reported missing',
          language: 'en',
          ...(sortedByDate ? { sort: { date } } : {}),
        });
      }
      const { files } = await index.getFiles();
      const meta = files.find((file) => file.path.endsWith('.pf_meta'));
      if (!meta) throw new Error('Pagefind wrote no metadata file');
      return Buffer.from(meta.content);
    } finally {
      await close();
    }
  }

  it('names the sort orders Pagefind put in an index’s metadata, and none when pages have none', async () => {
    expect(sortOrders(await metadataOf(true))).toEqual(['date']);
    expect(sortOrders(await metadataOf(false))).toEqual([]);
  });
});
