/**
 * Pagefind's own files (index metadata, fragments) are gzip-compressed, and what they hold
 * starts with Pagefind's signature. The build reads fragments for the date order
 * (fragment-ids.ts); the bench reads metadata (src/cli/bench/pagefind-meta.ts).
 */
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/**
 * What a Pagefind file holds after its signature. `name` and `kind` (`fragment`) say in
 * the error which file was not Pagefind's: a sign that its file format changed.
 */
export function pagefindFileBody(bytes: Uint8Array, name: string, kind: string): Buffer {
  const raw = gunzipSync(bytes);
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE)
    throw new Error(
      `${name} is not a Pagefind ${kind} (no "${SIGNATURE}" signature): has Pagefind's file format changed? (src/lib/search/pagefind-file.ts)`,
    );
  return raw.subarray(SIGNATURE.length);
}

/** The code that reads Pagefind's files, for caches of what was read from them. */
export const PAGEFIND_FILE_VERSION = [pagefindFileBody, SIGNATURE].map(String).join('\n');
