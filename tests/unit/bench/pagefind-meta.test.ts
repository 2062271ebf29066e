// The bench counts the index chunk a search fetches; it must pick the chunk Pagefind's
// runtime picks (request_indexes), or the payload it reports is another word's.
import { describe, expect, it } from 'vitest';
import { chunkFor, type IndexChunk } from '../../../src/cli/bench/pagefind-meta';

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
