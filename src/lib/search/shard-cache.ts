/**
 * Search shards kept in the build's cache folder, named by the digest of what each was
 * built from (build-search-index.ts), for builds that have no previous output folder to
 * reuse them from: a host or CI job that restores the cache folder but starts every build
 * without `dist/`. Without them such a build indexes every shard again, about 50 s of a
 * national build (README, "Performance").
 *
 * An entry is the shard's folder linked file by file (hard-link.ts). Index files are never
 * rewritten in place, so the cache and the built site share them: no bytes copied, and no
 * space used while the site holds them. After a build the cache holds that build's shards
 * and no others.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { linkTree } from '../files/hard-link.ts';
import { removeInBackground } from '../files/remove-in-background.ts';
import { removeLeftBehind } from '../files/remove-left-behind.ts';

/** A kept shard: its digest (sha256, hex). */
const KEPT = /^[0-9a-f]{64}$/;
/** A shard being put in the cache by a build: `<digest>.<pid>`, renamed to `<digest>` when whole. */
const BEING_KEPT = /^[0-9a-f]{64}\.(\d+)$/;

function keptBy(name: string): number | undefined {
  const pid = BEING_KEPT.exec(name)?.[1];
  return pid === undefined ? undefined : Number(pid);
}

/** Written into each shard folder: the digest of everything the shard was built from. */
export const SHARD_DIGEST_FILE = 'index-source.sha256';

/** Where the shard built from `digest` is kept under `root` (it may not be there). */
export function cachedShard(root: string, digest: string): string {
  return path.join(root, digest);
}

/**
 * Keeps the shard in `folder`, built from `digest`, under `root`. Linked into a folder of
 * this process's own and renamed into place, so a build stopped halfway, or another build
 * keeping the same shard, never leaves a partial entry under the digest's name.
 */
export function keepShard(root: string, folder: string, digest: string): void {
  const kept = cachedShard(root, digest);
  if (existsSync(kept)) return;
  const writing = `${kept}.${process.pid}`;
  rmSync(writing, { recursive: true, force: true });
  linkTree(folder, writing);
  try {
    renameSync(writing, kept);
  } catch {
    // Another build kept the same shard meanwhile: one copy is enough.
    rmSync(writing, { recursive: true, force: true });
  }
}

/**
 * Removes, in the background, the kept shards this build does not use (older builds'
 * shards, which a later build will not be made from) and those left half-written by
 * builds that stopped.
 */
export async function pruneShardCache(root: string, used: ReadonlySet<string>): Promise<void> {
  await removeLeftBehind(root, keptBy);
  for (const name of await readdir(root).catch(() => [])) {
    if (KEPT.test(name) && !used.has(name)) removeInBackground(path.join(root, name));
  }
}
