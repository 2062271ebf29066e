/**
 * The folders of search editions (search-edition.ts) that Pagefind indexes, one per shard,
 * kept between builds in the build's cache folder.
 *
 * Pagefind reads a shard from a folder, so a shard indexed again after one edit needs the
 * editions of all its pages on disk. Making them afresh meant reading every page of the
 * shard: 5,000 pages (as shards then were), 2 to 4 s of a rebuild at national scale. A kept folder records the
 * digest of every edition it holds, and only the editions whose digest changed are made
 * again (the digests come from the index's page facts, which every build has anyway).
 *
 * A build takes a shard's folder for itself by renaming it to a name with its process id,
 * and puts it back once Pagefind has read it. A rename is atomic, so two builds sharing a
 * cache folder never write into the same folder: the second finds none and starts a new
 * one. A folder left taken by a build that stopped is removed by the next build.
 */
import { mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapConcurrently } from '../files/map-concurrently.ts';
import { removeInBackground } from '../files/remove-in-background.ts';
import { removeLeftBehind } from '../files/remove-left-behind.ts';
import { searchEdition } from './search-edition.ts';

/** Inside each folder: the digest of every edition in it, by page path. */
export const EDITION_DIGESTS_FILE = 'edition-digests.json';

/** Pages read and editions written at once: enough to keep the disk and libuv's threads busy. */
const FILES_AT_ONCE = 16;

export interface EditionPage {
  /** The page's path in the built site, e.g. `reports/x/index.html`. */
  path: string;
  /** sha256 of its search edition, in hex. */
  digest: string;
}

export interface EditionFolder {
  /** Where the editions are, for Pagefind to read. */
  folder: string;
  /** Editions written in this build (the others were already there). */
  written: number;
  /** Done with the folder: gives it back to the cache for the next build. */
  release(): Promise<void>;
}

/** What a build names a shard's folder while it has it: `<shard>.<pid>`. */
const TAKEN = /^(\d+)\.(\d+)$/;

/** The id of the build that has the folder named `name`, if it is a taken folder. */
function takenBy(name: string): number | undefined {
  const pid = TAKEN.exec(name)?.[2];
  return pid === undefined ? undefined : Number(pid);
}

/**
 * Takes shard `shard`'s folder under `root` and makes it hold exactly the editions of
 * `pages`, made from the pages built in `site`.
 */
export async function takeEditionFolder(
  root: string,
  shard: number,
  pages: readonly EditionPage[],
  site: string,
): Promise<EditionFolder> {
  await mkdir(root, { recursive: true });
  await removeLeftBehind(root, takenBy);
  const kept = path.join(root, String(shard));
  const folder = path.join(root, `${shard}.${process.pid}`);
  await rm(folder, { recursive: true, force: true });
  const taken = await rename(kept, folder).then(
    () => true,
    () => false,
  );
  // Recorded digests are what the folder holds; without them nothing in it can be trusted.
  const held = taken ? await readDigests(folder) : undefined;
  if (!held) {
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
  }
  const written = await update(folder, held ?? {}, pages, site);
  return {
    folder,
    written,
    release: async () => {
      // Another build may have put its own back meanwhile: one is enough.
      const placed = await rename(folder, kept).then(
        () => true,
        () => false,
      );
      if (!placed) removeInBackground(folder);
    },
  };
}

async function update(
  folder: string,
  held: Record<string, string>,
  pages: readonly EditionPage[],
  site: string,
): Promise<number> {
  const wanted = new Map(pages.map((page) => [page.path, page.digest]));
  for (const gone of Object.keys(held).filter((pagePath) => !wanted.has(pagePath))) {
    await rm(path.join(folder, gone), { force: true });
    // A page is `<type>/<slug>/index.html`: its slug's folder goes with it when empty.
    await rmdir(path.dirname(path.join(folder, gone))).catch(() => {});
  }
  const stale = pages.filter((page) => held[page.path] !== page.digest);
  // A build stopped before the new record is written never puts the folder back: the next
  // build removes it and starts a new one.
  await writeEditions(site, folder, stale);
  await writeFile(
    path.join(folder, EDITION_DIGESTS_FILE),
    JSON.stringify(Object.fromEntries(wanted)),
  );
  return stale.length;
}

/**
 * Writes the search edition of each page built in `site` into `folder`, at the page's path
 * (from which Pagefind takes its address).
 */
export async function writeEditions(
  site: string,
  folder: string,
  pages: readonly { path: string }[],
): Promise<void> {
  await mapConcurrently(pages, FILES_AT_ONCE, async (page) => {
    const to = path.join(folder, page.path);
    await mkdir(path.dirname(to), { recursive: true });
    await writeFile(to, searchEdition(await readFile(path.join(site, page.path), 'utf8')));
  });
}

async function readDigests(folder: string): Promise<Record<string, string> | undefined> {
  try {
    const json: unknown = JSON.parse(
      await readFile(path.join(folder, EDITION_DIGESTS_FILE), 'utf8'),
    );
    if (
      typeof json === 'object' &&
      json !== null &&
      !Array.isArray(json) &&
      Object.values(json).every((digest) => typeof digest === 'string')
    )
      return json as Record<string, string>;
  } catch {
    // Missing or unreadable: made again.
  }
  return undefined;
}
