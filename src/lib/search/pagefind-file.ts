/**
 * Pagefind's own files. Its entry file (`pagefind-entry.json`) is plain JSON: the build
 * counts the pages it recorded (pagefind-cli.ts), the bench finds the metadata file a
 * reader loads (src/cli/bench/output-stats.ts). Its index metadata and fragments are
 * gzip-compressed, and what they hold starts with Pagefind's signature: the build reads
 * fragments for the date order (fragment-ids.ts) and rewrites metadata with shorter ids
 * (short-index-names.ts); the bench reads metadata (pagefind-metadata.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';

/** The entry file Pagefind writes last in an index folder. */
export const PAGEFIND_ENTRY_FILE = 'pagefind-entry.json';

/** What the entry file says of each language the index holds. */
export interface PagefindLanguage {
  /** Names the language's metadata file: `pagefind.<hash>.pf_meta`. */
  hash: string;
  /** Names its WebAssembly module: `wasm.<wasm>.pagefind`. */
  wasm: string;
  page_count: number;
}

/** The metadata file of a language whose hash (`en-gb_6d2afbaa26676`) the entry gives. */
export const metadataFileName = (hash: string) => `pagefind.${hash}.pf_meta`;

/** The languages listed in the entry file of the index in `indexFolder`. */
export async function pagefindLanguages(indexFolder: string): Promise<PagefindLanguage[]> {
  const entry = JSON.parse(await readFile(path.join(indexFolder, PAGEFIND_ENTRY_FILE), 'utf8')) as {
    languages: Record<string, PagefindLanguage>;
  };
  return Object.values(entry.languages);
}

const SIGNATURE = 'pagefind_dcd';

/**
 * What a Pagefind file holds after its signature. `name` and `kind` (`fragment`) say in
 * the error which file was not Pagefind's: a sign that its file format changed.
 */
export function pagefindFileBody(bytes: Uint8Array, name: string, kind: string): Buffer {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch {
    throw new Error(
      `${name} is not a Pagefind ${kind} (not gzip-compressed): has Pagefind's file format changed? (src/lib/search/pagefind-file.ts)`,
    );
  }
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE)
    throw new Error(
      `${name} is not a Pagefind ${kind} (no "${SIGNATURE}" signature): has Pagefind's file format changed? (src/lib/search/pagefind-file.ts)`,
    );
  return raw.subarray(SIGNATURE.length);
}

/**
 * A Pagefind file holding `body`, as Pagefind writes one: signature, then gzip. At the
 * highest compression level: the file is written once and downloaded by every reader.
 */
export function pagefindFile(body: Uint8Array): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), body]), {
    level: constants.Z_BEST_COMPRESSION,
  });
}

/** The code that reads Pagefind's files, for caches of what was read from them. */
export const PAGEFIND_FILE_VERSION = [pagefindFileBody, SIGNATURE].map(String).join('\n');
