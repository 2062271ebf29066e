/**
 * What the bench needs of Pagefind's metadata file (pagefind-metadata.ts): which index
 * chunk holds which words, so the payload of a query can be computed from the files a
 * browser would fetch; and which sort orders it carries, which every first search
 * downloads with it.
 */
import { readPagefindMetadata } from '../../lib/search/pagefind-metadata.ts';

export interface IndexChunk {
  from: string;
  to: string;
  hash: string;
}

/** The index chunks listed in a metadata file, in word order. */
export function indexChunks(metaFile: Buffer, name = 'The .pf_meta file'): IndexChunk[] {
  return readPagefindMetadata(metaFile, name).chunks.map(({ from, to, id }) => ({
    from,
    to,
    hash: id.value,
  }));
}

/** The names of the sort orders a metadata file carries (each page's place in each). */
export function sortOrders(metaFile: Buffer, name = 'The .pf_meta file'): string[] {
  return readPagefindMetadata(metaFile, name).sorts;
}

/**
 * The chunk Pagefind's runtime fetches for a word, found as its `request_indexes` finds it:
 * a chunk whose first and last words enclose the word; failing that, comparing each bound
 * with the word cut to the shorter of the two. Chunk bounds are shortened to the fewest
 * letters that separate neighbouring chunks (`reb` to `recom`), so a longer word
 * (`recommendation`) often falls past its chunk's last bound, and only the second rule
 * finds it.
 */
export function chunkFor(chunks: readonly IndexChunk[], word: string): IndexChunk | undefined {
  const prefix = (text: string, length: number) => text.slice(0, Math.min(word.length, length));
  return (
    chunks.find((chunk) => chunk.from <= word && word <= chunk.to) ??
    chunks.find(
      (chunk) =>
        prefix(word, chunk.from.length) >= prefix(chunk.from, chunk.from.length) &&
        prefix(word, chunk.to.length) <= prefix(chunk.to, chunk.to.length),
    )
  );
}
