/**
 * Facts a build computes from its own output files (a page's anchors, its search digest),
 * kept for the next build and keyed by each file's identity: device, inode, size and
 * modification time. The pages a build reuses are hard links to the previous build's
 * files, which nothing rewrites in place (src/lib/render-cache/), so a file with the same
 * identity holds the same bytes and what was computed from it is still true: a rebuild
 * after one edit at 10,000 documents reads the few pages it rendered, not all 42,000. Any
 * other file is read and computed afresh.
 *
 * A page can also be known by its render-cache key (src/lib/render-cache/page-keys.ts),
 * which digests everything its bytes are made from, the code included: the same key makes
 * the same bytes, in whichever build and file. So a build that starts without the previous
 * output but with the cache folder (a CI job that keeps only that) renders every page
 * afresh, into new files, yet reads none whose key a build before it saw.
 *
 * The facts are kept in one JSON file per kind, in the build's cache folder. Only the
 * files of the latest build are kept, so the file does not grow; a fact computed by other
 * code (`version`) or an unreadable file is simply not reused.
 */
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

interface StoredFacts<Fact> {
  version: string;
  facts: Record<string, Fact>;
}

export interface FileFacts<Fact> {
  /**
   * The fact about `file`, remembered or computed from its text by `compute`. With
   * `pageKey`, the file's render-cache key, it is remembered by that key, not by the file.
   */
  of(file: string, compute: (text: string) => Fact, pageKey?: string): Fact;
  /** How many files `of` read this build (the rest were remembered). */
  readonly read: number;
  /** Keeps the facts of the files asked about this build, for the next one. */
  save(): Promise<void>;
}

function identity(file: string): string {
  const stats = statSync(file, { bigint: true });
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}`;
}

/**
 * Opens the facts kept in `storeFile` (none: every file is read, nothing is kept).
 * `version` names the code that computes them: facts recorded by other code are not reused.
 */
export async function openFileFacts<Fact>(
  storeFile: string | undefined,
  version: string,
): Promise<FileFacts<Fact>> {
  let remembered: Record<string, Fact> = {};
  try {
    if (storeFile !== undefined) {
      const stored = JSON.parse(await readFile(storeFile, 'utf8')) as StoredFacts<Fact>;
      if (stored.version === version) remembered = stored.facts;
    }
  } catch {
    // No facts yet, or unreadable: every file is read.
  }
  const kept: Record<string, Fact> = {};
  let read = 0;
  return {
    of(file, compute, pageKey) {
      const key = pageKey === undefined ? identity(file) : `page:${pageKey}`;
      let fact = Object.hasOwn(remembered, key) ? remembered[key] : undefined;
      if (fact === undefined) {
        fact = compute(readFileSync(file, 'utf8'));
        read += 1;
      }
      kept[key] = fact;
      return fact;
    },
    get read() {
      return read;
    },
    async save() {
      if (storeFile === undefined) return;
      await mkdir(dirname(storeFile), { recursive: true });
      const temporary = `${storeFile}.${process.pid}.tmp`;
      await writeFile(
        temporary,
        JSON.stringify({ version, facts: kept } satisfies StoredFacts<Fact>),
      );
      await rename(temporary, storeFile);
    },
  };
}
