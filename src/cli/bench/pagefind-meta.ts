/**
 * Reads Pagefind's metadata file (`pagefind.<language>.pf_meta`): gzip, a signature,
 * then CBOR. Only what the bench needs: which index chunk holds which words, so the
 * payload of a query can be computed from the files a browser would fetch; and which sort
 * orders it carries, which every first search downloads with it.
 */
import { pagefindFileBody } from '../../lib/search/pagefind-file.ts';

export interface IndexChunk {
  from: string;
  to: string;
  hash: string;
}

/** A minimal CBOR decoder: unsigned and negative integers, strings, arrays, maps, simple values. */
function decodeCbor(bytes: Uint8Array): unknown {
  let offset = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 2 ** (info - 24);
    const at = offset;
    offset += size;
    if (size === 1) return view.getUint8(at);
    if (size === 2) return view.getUint16(at);
    if (size === 4) return view.getUint32(at);
    return Number(view.getBigUint64(at));
  };
  const item = (): unknown => {
    const initial = bytes[offset] ?? 0;
    offset += 1;
    const major = initial >> 5;
    const info = initial & 31;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2:
      case 3: {
        const size = length(info);
        const slice = bytes.subarray(offset, offset + size);
        offset += size;
        return major === 3 ? new TextDecoder().decode(slice) : slice;
      }
      case 4:
        return Array.from({ length: length(info) }, item);
      case 5: {
        const entries: [unknown, unknown][] = [];
        for (let index = length(info); index > 0; index -= 1) entries.push([item(), item()]);
        return new Map(entries);
      }
      default:
        if (info === 20) return false;
        if (info === 21) return true;
        return null;
    }
  };
  return item();
}

/**
 * A metadata file's parts, in Pagefind's order: its version, the pages, the index chunks,
 * the filters, the sort orders and the metadata fields.
 */
type Metadata = [string, unknown, [string, string, string][], unknown, [string, unknown][]];

function readMetadata(metaFile: Buffer): Metadata {
  return decodeCbor(pagefindFileBody(metaFile, 'The .pf_meta file', 'metadata file')) as Metadata;
}

/** The index chunks listed in a metadata file, in word order. */
export function indexChunks(metaFile: Buffer): IndexChunk[] {
  const [, , chunks] = readMetadata(metaFile);
  return chunks.map(([from, to, hash]) => ({ from, to, hash }));
}

/** The names of the sort orders a metadata file carries (each page's place in each). */
export function sortOrders(metaFile: Buffer): string[] {
  const [, , , , sorts] = readMetadata(metaFile);
  return sorts.map(([name]) => name);
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
