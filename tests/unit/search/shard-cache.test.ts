import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exitedProcessId, REMOVED_IN_BACKGROUND } from '../../support/left-behind';
import { cachedShard, keepShard, pruneShardCache } from '../../../src/lib/search/shard-cache';

const digestA = 'a'.repeat(64);
const digestB = 'b'.repeat(64);

let work: string;
let root: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'shard-cache-'));
  root = join(work, 'cache', 'search-shards');
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** A shard folder as Pagefind leaves it: an entry file and a nested chunk. */
async function shardFolder(name: string, words: string): Promise<string> {
  const folder = join(work, name);
  await mkdir(join(folder, 'index'), { recursive: true });
  await writeFile(join(folder, 'pagefind-entry.json'), `{"words":"${words}"}`);
  await writeFile(join(folder, 'index', 'en_1.pf_index'), words);
  return folder;
}

describe('the search shards kept in the cache folder', () => {
  it('keeps a shard under its digest, sharing its files with the built site', async () => {
    const built = await shardFolder('site-shard', 'alpha');
    keepShard(root, built, digestA);
    const kept = cachedShard(root, digestA);
    expect(await readFile(join(kept, 'index', 'en_1.pf_index'), 'utf8')).toBe('alpha');
    // A hard link, not a copy: the same file on disk.
    expect((await stat(join(kept, 'pagefind-entry.json'))).ino).toBe(
      (await stat(join(built, 'pagefind-entry.json'))).ino,
    );
    // Nothing half-written is left beside it.
    expect(await readdir(root)).toEqual([digestA]);
  });

  it('keeps the first copy of a shard another build already kept', async () => {
    const first = await shardFolder('first', 'alpha');
    const second = await shardFolder('second', 'alpha');
    keepShard(root, first, digestA);
    keepShard(root, second, digestA);
    expect((await stat(join(cachedShard(root, digestA), 'pagefind-entry.json'))).ino).toBe(
      (await stat(join(first, 'pagefind-entry.json'))).ino,
    );
    expect(await readdir(root)).toEqual([digestA]);
  });

  it('removes the shards a build did not use, and those a stopped build left half-kept', async () => {
    keepShard(root, await shardFolder('old', 'alpha'), digestA);
    keepShard(root, await shardFolder('new', 'bravo'), digestB);
    // A process that has exited: its half-kept folder is removed; a running one's is not.
    const exited = exitedProcessId();
    await mkdir(join(root, `${digestA}.${exited}`));
    await mkdir(join(root, `${digestB}.${process.pid}`));
    await pruneShardCache(root, new Set([digestB]));
    await vi.waitFor(() => {
      expect(existsSync(cachedShard(root, digestA))).toBe(false);
      expect(existsSync(join(root, `${digestA}.${exited}`))).toBe(false);
    }, REMOVED_IN_BACKGROUND);
    expect((await readdir(root)).sort()).toEqual([digestB, `${digestB}.${process.pid}`]);
  });

  it('has nothing to prune before the first shard is kept', async () => {
    await expect(pruneShardCache(root, new Set())).resolves.toBeUndefined();
    expect(existsSync(root)).toBe(false);
  });
});
