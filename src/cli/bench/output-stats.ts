/** What a build wrote: pages, bytes of search index, and the search payload a reader downloads. */
import { gzipSync } from 'node:zlib';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

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
  for await (const path of walk(join(outDir, 'pagefind'))) {
    searchIndexBytes += (await stat(path)).size;
    searchFiles += 1;
  }
  return { pages, searchIndexBytes, searchFiles };
}

export interface SearchPayload {
  /** Bytes the first one-word query costs, at worst: the runtime, the metadata, one index chunk, a page of results. */
  firstQueryBytes: number;
  /** Bytes a later one-word query costs, at worst: one more index chunk and a page of results. */
  laterQueryBytes: number;
  largestIndexChunkBytes: number;
  largestFragmentBytes: number;
}

/** Results Pagefind's default UI loads per page of results. */
const RESULTS_PER_PAGE = 5;

/**
 * An upper bound on what a search transfers, read from Pagefind's files directly: the
 * JS runtime and its worker (as a server would send them, gzipped; the index files are
 * gzipped by Pagefind already), without any search UI script, the entry and metadata files, the WebAssembly module, the LARGEST
 * index chunk (a query loads the chunk that holds its word), and the largest fragments
 * for a page of results.
 */
export async function searchPayload(outDir: string): Promise<SearchPayload> {
  const folder = join(outDir, 'pagefind');
  const sizes = async (sub: string) =>
    Promise.all(
      (await readdir(join(folder, sub)).catch(() => [] as string[])).map(async (name) => ({
        name,
        size: (await stat(join(folder, sub, name))).size,
      })),
    );
  const top = await sizes('.');
  const gzipped = async (name: string) => gzipSync(await readFile(join(folder, name))).length;
  const size = (predicate: (name: string) => boolean) =>
    top.filter((file) => predicate(file.name)).reduce((sum, file) => sum + file.size, 0);
  const runtime =
    (await gzipped('pagefind.js')) +
    (top.some((file) => file.name === 'pagefind-worker.js')
      ? await gzipped('pagefind-worker.js')
      : 0);
  const entryText = await readFile(join(folder, 'pagefind-entry.json'), 'utf8');
  const entry = await gzipped('pagefind-entry.json');
  // The largest language's files: a reader loads only their own language's.
  const languages = Object.values(
    (JSON.parse(entryText) as { languages: Record<string, { hash: string; wasm: string }> })
      .languages,
  );
  const meta = Math.max(
    0,
    ...languages.map((language) => size((name) => name === `pagefind.${language.hash}.pf_meta`)),
  );
  const wasm = Math.max(
    0,
    ...languages.map((language) => size((name) => name === `wasm.${language.wasm}.pagefind`)),
  );
  const chunks = (await sizes('index')).map((file) => file.size);
  const fragments = (await sizes('fragment')).map((file) => file.size).sort((a, b) => b - a);
  const largestIndexChunkBytes = Math.max(0, ...chunks);
  const resultPage = fragments.slice(0, RESULTS_PER_PAGE).reduce((sum, bytes) => sum + bytes, 0);
  return {
    firstQueryBytes: runtime + entry + meta + wasm + largestIndexChunkBytes + resultPage,
    laterQueryBytes: largestIndexChunkBytes + resultPage,
    largestIndexChunkBytes,
    largestFragmentBytes: fragments[0] ?? 0,
  };
}
