/** What a build wrote: pages, bytes of search index, and the search payload a reader downloads. */
import { gzipSync } from 'node:zlib';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chunkFor, indexChunks } from './pagefind-meta.ts';
import { FIRST_RESULTS_PAGE } from '../../lib/search/result-pages.ts';
import { DATE_ORDER_PATH } from '../../lib/search/date-order.ts';
import { aboutFilePath, fileKeyOf } from '../../lib/search/about-pages.ts';
import {
  metadataFileName,
  PAGEFIND_ENTRY_FILE,
  pagefindLanguages,
} from '../../lib/search/pagefind-file.ts';

export interface OutputStats {
  pages: number;
  searchIndexBytes: number;
  searchFiles: number;
}

async function* walk(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

export async function outputStats(outDir: string): Promise<OutputStats> {
  let pages = 0;
  for await (const path of walk(outDir)) if (path.endsWith('.html')) pages += 1;
  let searchIndexBytes = 0;
  let searchFiles = 0;
  for (const folder of await searchFolders(outDir)) {
    for await (const path of walk(folder)) {
      searchIndexBytes += (await stat(path)).size;
      searchFiles += 1;
    }
  }
  return { pages, searchIndexBytes, searchFiles };
}

export interface SearchPayload {
  /** Words searched for, typical of what readers type. */
  words: string[];
  /** Shards the index is split in (search-shards.ts); a search loads a chunk from each. */
  shards: number;
  /** Bytes of the first search, for the median and the largest of those words. */
  firstQueryMedianBytes: number;
  firstQueryMaxBytes: number;
  /** Bytes of a later search (runtime and metadata already loaded). */
  laterQueryMedianBytes: number;
  laterQueryMaxBytes: number;
  /** The largest index chunk: what searching for the commonest word ("the") costs on top. */
  largestIndexChunkBytes: number;
  /** Bytes of the filters' indexes, loaded once the reader opens the filter panel. */
  filterPanelBytes: number;
  /** Bytes of the site's date order (gzipped), loaded once the reader sorts by date. */
  dateOrderBytes: number;
}

/** Words a reader might search for, common and less common in the corpus. */
const QUERY_WORDS = [
  'safeguarding',
  'missing',
  'children',
  'custody',
  'exploitation',
  'referral',
  'supervision',
  'commissioner',
  'domestic',
  'recommendation',
];

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The search index's shard folders: `pagefind/`, then `pagefind-shards/<n>/` in order. */
async function searchFolders(outDir: string): Promise<string[]> {
  const shards = await readdir(join(outDir, 'pagefind-shards')).catch(() => []);
  return [
    join(outDir, 'pagefind'),
    ...shards
      .sort((a, b) => Number(a) - Number(b))
      .map((name) => join(outDir, 'pagefind-shards', name)),
  ];
}

/** How many shards the built site's search index is in. */
export async function searchShards(outDir: string): Promise<number> {
  return (await searchFolders(outDir)).length;
}

interface ShardFiles {
  /** Bytes the shard adds to a first search: its entry and metadata files. */
  startup: number;
  /** Bytes of the index chunk holding each query word. */
  chunkBytes: number[];
  fragmentSizes: number[];
  largestChunk: number;
  filterBytes: number;
  /** The WebAssembly module's language key (`wasm.<key>.pagefind`); loaded once, by the first shard. */
  wasm: string;
}

async function shardFiles(folder: string): Promise<ShardFiles> {
  const sizeOf = async (path: string) => (await stat(join(folder, path))).size;
  // The language with the most pages: the one a reader of this site loads.
  const [language] = (await pagefindLanguages(folder)).sort((a, b) => b.page_count - a.page_count);
  if (!language) throw new Error(`No Pagefind index in ${folder}`);
  const metaName = metadataFileName(language.hash);
  const chunks = indexChunks(await readFile(join(folder, metaName)));
  const chunkSize = (hash: string) => sizeOf(`index/${hash}.pf_index`);
  return {
    wasm: language.wasm,
    startup:
      gzipSync(await readFile(join(folder, PAGEFIND_ENTRY_FILE))).length + (await sizeOf(metaName)),
    chunkBytes: await Promise.all(
      QUERY_WORDS.map(async (word) => {
        const chunk = chunkFor(chunks, word);
        return chunk ? chunkSize(chunk.hash) : 0;
      }),
    ),
    fragmentSizes: await Promise.all(
      (await readdir(join(folder, 'fragment'))).map((name) => sizeOf(`fragment/${name}`)),
    ),
    largestChunk: Math.max(0, ...(await Promise.all(chunks.map((chunk) => chunkSize(chunk.hash))))),
    filterBytes: (
      await Promise.all(
        (await readdir(join(folder, 'filter')).catch(() => [])).map((name) =>
          sizeOf(`filter/${name}`),
        ),
      )
    ).reduce((sum, size) => sum + size, 0),
  };
}

/**
 * What a search transfers, from Pagefind's files as a browser would fetch them: once, the
 * JS runtime (gzipped, as a server sends them; Pagefind gzips its index
 * files itself) and the WebAssembly module; for every shard of the index, its entry and
 * metadata files; then for each search, the index chunk that holds the word in every
 * shard, and the fragments of the search page's first page of results (at the 90th
 * percentile of fragment sizes), and the file of pages about names with a word starting
 * with the word's first letter (about-pages.ts, gzipped). The filters' indexes are not part of a search: the page
 * loads them when the filter panel is opened (src/lib/search/ui/search-page.ts), and they
 * are reported on their own, as is the date order a date sort loads (date-order.ts). No
 * search UI script is counted.
 */
export async function searchPayload(outDir: string): Promise<SearchPayload> {
  const [primary, ...others] = await searchFolders(outDir);
  if (!primary) throw new Error(`No search index in ${outDir}`);
  const gzipped = async (name: string) => gzipSync(await readFile(join(primary, name))).length;
  const shards = await Promise.all([primary, ...others].map(shardFiles));
  // pagefind-worker.js is not fetched: the search page runs Pagefind without its worker
  // (src/lib/search/ui/search-page.ts).
  const runtime =
    (await gzipped('pagefind.js')) +
    (await stat(join(primary, `wasm.${shards[0]?.wasm ?? 'unknown'}.pagefind`))).size;
  const startup = runtime + shards.reduce((sum, shard) => sum + shard.startup, 0);
  const chunkBytes = QUERY_WORDS.map((_, word) =>
    shards.reduce((sum, shard) => sum + (shard.chunkBytes[word] ?? 0), 0),
  );
  const fragmentSizes = shards.flatMap((shard) => shard.fragmentSizes).sort((a, b) => a - b);
  const resultPage =
    FIRST_RESULTS_PAGE * (fragmentSizes[Math.floor(fragmentSizes.length * 0.9)] ?? 0);
  const aboutBytes = await Promise.all(
    QUERY_WORDS.map(async (word) => {
      // A letter no name has a word starting with has no file, and the page asks for none.
      const file = await readFile(join(outDir, aboutFilePath(fileKeyOf(word)))).catch(() => null);
      return file ? gzipSync(file).length : 0;
    }),
  );
  const later = chunkBytes.map((bytes, word) => bytes + (aboutBytes[word] ?? 0) + resultPage);
  return {
    words: QUERY_WORDS,
    shards: shards.length,
    firstQueryMedianBytes: startup + median(later),
    firstQueryMaxBytes: startup + Math.max(...later),
    laterQueryMedianBytes: median(later),
    laterQueryMaxBytes: Math.max(...later),
    largestIndexChunkBytes: Math.max(...shards.map((shard) => shard.largestChunk)),
    filterPanelBytes: shards.reduce((sum, shard) => sum + shard.filterBytes, 0),
    dateOrderBytes: gzipSync(await readFile(join(outDir, DATE_ORDER_PATH))).length,
  };
}
