import { link, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openFileFacts } from '../../../src/lib/files/file-facts';

let folder: string;
let store: string;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'file-facts-'));
  store = join(folder, 'cache', 'facts.json');
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/**
 * One build: opens the facts, asks about `files` (each with its page key, if `keys` gives
 * one), saves; returns the answers and how many files were read.
 */
async function build(files: string[], version = 'v1', keys: Record<string, string> = {}) {
  const facts = await openFileFacts<number>(store, version);
  const answers = files.map((file) => facts.of(file, wordCount, keys[file]));
  await facts.save();
  return { answers, read: facts.read };
}

describe('facts about built files, kept between builds', () => {
  test('a file the next build links from this one is not read again', async () => {
    const first = join(folder, 'first.html');
    await writeFile(first, 'three little words');
    expect(await build([first])).toEqual({ answers: [3], read: 1 });
    // What the render cache does with an unchanged page: the next build's file is a hard link.
    const second = join(folder, 'second.html');
    await link(first, second);
    expect(await build([second])).toEqual({ answers: [3], read: 0 });
  });

  test('a file written again, even with the same size, is read again', async () => {
    const page = join(folder, 'page.html');
    await writeFile(page, 'one two three');
    await build([page]);
    await rm(page);
    await writeFile(page, 'one two-three');
    expect(await build([page])).toEqual({ answers: [2], read: 1 });
  });

  // A CI job that keeps the cache folder but not the output: every page is rendered into a
  // new file, but a page made from the same inputs (its render-cache key) has the same bytes.
  test('a new file with a page key an earlier build read is not read again', async () => {
    const first = join(folder, 'first.html');
    await writeFile(first, 'three little words');
    expect(await build([first], 'v1', { [first]: 'key-1' })).toEqual({ answers: [3], read: 1 });
    const rendered = join(folder, 'rendered-again.html');
    await writeFile(rendered, 'three little words');
    expect(await build([rendered], 'v1', { [rendered]: 'key-1' })).toEqual({
      answers: [3],
      read: 0,
    });
    // Another key, or none, is read: what it was made from may differ.
    await writeFile(rendered, 'now four little words');
    expect(await build([rendered], 'v1', { [rendered]: 'key-2' })).toEqual({
      answers: [4],
      read: 1,
    });
  });

  test('facts computed by other code are not reused', async () => {
    const page = join(folder, 'page.html');
    await writeFile(page, 'a b');
    await build([page], 'v1');
    expect((await build([page], 'v2')).read).toBe(1);
  });

  test('an unreadable store means every file is read, and the build goes on', async () => {
    const page = join(folder, 'page.html');
    await writeFile(page, 'a b c d');
    await build([page]);
    await writeFile(store, '{"version": "v1", "facts": {');
    expect(await build([page])).toEqual({ answers: [4], read: 1 });
  });

  test('keeps only the files of the latest build, so the store does not grow', async () => {
    const [a, b] = [join(folder, 'a.html'), join(folder, 'b.html')];
    await writeFile(a, 'a');
    await writeFile(b, 'b b');
    await build([a, b]);
    await build([b]);
    const kept = JSON.parse(await readFile(store, 'utf8')) as { facts: Record<string, number> };
    expect(Object.values(kept.facts)).toEqual([2]);
  });

  test('without a store, every file is read and nothing is written', async () => {
    const page = join(folder, 'page.html');
    await writeFile(page, 'a');
    const facts = await openFileFacts<number>(undefined, 'v1');
    expect(facts.of(page, wordCount)).toBe(1);
    await facts.save();
    await expect(readFile(store)).rejects.toThrow();
  });
});
