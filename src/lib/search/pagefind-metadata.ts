/**
 * Pagefind's metadata file (`pagefind.<language>_<hash>.pf_meta`), the one file of an
 * index every first search downloads: gzip, Pagefind's signature, then CBOR holding the
 * index's version, its pages (each one's id, word count and fragment group), its index
 * chunks (first word, last word, id), its filters, its sort orders and its metadata fields.
 * The build renames the ids (short-index-names.ts); the bench reads which chunk holds a
 * word (src/cli/bench/pagefind-meta.ts).
 */
import { CBOR_CODE, decodeCbor, type CborText } from './cbor.ts';
import { PAGEFIND_FILE_VERSION, pagefindFileBody } from './pagefind-file.ts';

export interface MetadataPage {
  /** The page's id: its fragment is `fragment/<id>.pf_fragment`. */
  id: CborText;
  wordCount: number;
  /** The file holding a group of fragments the page's is in; empty when it has its own. */
  group: CborText;
}

export interface MetadataChunk {
  from: string;
  to: string;
  /** The chunk's id: it is `index/<id>.pf_index`. */
  id: CborText;
}

export interface PagefindMetadata {
  /** What follows Pagefind's signature: the CBOR the text spans point into. */
  body: Buffer;
  version: string;
  pages: MetadataPage[];
  chunks: MetadataChunk[];
  /** The names of the sort orders the file carries (each page's place in each). */
  sorts: string[];
}

/** Reads a metadata file; `name` says in an error which file was not as Pagefind writes it. */
export function readPagefindMetadata(file: Uint8Array, name: string): PagefindMetadata {
  const body = pagefindFileBody(file, name, 'metadata file');
  const changed = (what: string): never => {
    throw new Error(
      `${name} does not hold ${what} where Pagefind puts it: has Pagefind's file format changed? (src/lib/search/pagefind-metadata.ts)`,
    );
  };
  const root = decodeCbor(body, { textSpans: true });
  if (!Array.isArray(root) || root.length < 5) return changed('its five parts');
  const [version, pages, chunks, , sorts] = root as unknown[];
  if (!isText(version)) return changed('a version');
  if (!Array.isArray(pages)) return changed('a list of pages');
  if (!Array.isArray(chunks)) return changed('a list of index chunks');
  if (!Array.isArray(sorts)) return changed('a list of sort orders');
  return {
    body,
    version: version.value,
    pages: pages.map((page: unknown) => {
      if (!Array.isArray(page)) return changed('pages as lists');
      const [id, wordCount, group] = page as unknown[];
      if (!isText(id) || typeof wordCount !== 'number' || !isText(group))
        return changed('a page as [id, word count, group]');
      return { id, wordCount, group };
    }),
    chunks: chunks.map((chunk: unknown) => {
      if (!Array.isArray(chunk)) return changed('index chunks as lists');
      const [from, to, id] = chunk as unknown[];
      if (!isText(from) || !isText(to) || !isText(id))
        return changed('an index chunk as [first word, last word, id]');
      return { from: from.value, to: to.value, id };
    }),
    sorts: sorts.map((sort: unknown) => {
      const sortName: unknown = Array.isArray(sort) ? sort[0] : undefined;
      return isText(sortName) ? sortName.value : changed('a sort order as [name, order]');
    }),
  };
}

function isText(value: unknown): value is CborText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<CborText>).value === 'string' &&
    typeof (value as Partial<CborText>).start === 'number'
  );
}

/** The code that reads a metadata file, for digests of what was made from one. */
export const PAGEFIND_METADATA_CODE = [
  readPagefindMetadata,
  isText,
  CBOR_CODE,
  PAGEFIND_FILE_VERSION,
]
  .map(String)
  .join('\n');
