import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exitedProcessId, REMOVED_IN_BACKGROUND } from '../../support/left-behind';
import { takeEditionFolder, type EditionPage } from '../../../src/lib/search/edition-folders';
import { searchEdition } from '../../../src/lib/search/search-edition';

const page = (words: string) =>
  `<!DOCTYPE html><html lang="en-GB"><body><nav>Menu</nav><article data-pagefind-body><p id="p1">${words}</p></article></body></html>`;

let work: string;
let site: string;
let root: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'edition-folders-'));
  site = join(work, 'site');
  root = join(work, 'cache', 'search-editions');
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** Builds the pages into the site and returns them as the index knows them. */
async function built(pages: Record<string, string>): Promise<EditionPage[]> {
  const known: EditionPage[] = [];
  for (const [path, words] of Object.entries(pages)) {
    const html = page(words);
    await mkdir(join(site, path, '..'), { recursive: true });
    await writeFile(join(site, path), html);
    known.push({ path, digest: createHash('sha256').update(searchEdition(html)).digest('hex') });
  }
  return known;
}

async function htmlFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder, { recursive: true });
  return names.filter((name) => name.endsWith('.html')).sort();
}

describe('the search editions kept for each shard between builds', () => {
  it('makes only the editions that changed, and holds exactly the shard’s pages', async () => {
    const first = await built({
      'reports/a/index.html': 'Alpha words.',
      'reports/b/index.html': 'Bravo words.',
      'statements/c/index.html': 'Charlie words.',
    });
    const one = await takeEditionFolder(root, 0, first, site);
    expect(one.written).toBe(3);
    const edition = await readFile(join(one.folder, 'reports/b/index.html'), 'utf8');
    expect(edition).toBe(searchEdition(page('Bravo words.')));
    expect(edition).not.toContain('Menu');
    await one.release();

    // b is edited, c withdrawn, d published; a is untouched.
    const second = await built({
      'reports/b/index.html': 'Bravo words, edited.',
      'statements/d/index.html': 'Delta words.',
    });
    const pages = [first[0]!, ...second];
    const two = await takeEditionFolder(root, 0, pages, site);
    expect(two.written).toBe(2);
    expect(await htmlFiles(two.folder)).toEqual([
      'reports/a/index.html',
      'reports/b/index.html',
      'statements/d/index.html',
    ]);
    expect(existsSync(join(two.folder, 'statements/c'))).toBe(false);
    expect(await readFile(join(two.folder, 'reports/b/index.html'), 'utf8')).toContain(
      'Bravo words, edited.',
    );
    await two.release();
    expect(await htmlFiles(join(root, '0'))).toHaveLength(3);
  });

  it('keeps each shard in its own folder', async () => {
    const [a, b] = await built({ 'reports/a/index.html': 'A.', 'reports/b/index.html': 'B.' });
    const zero = await takeEditionFolder(root, 0, [a!], site);
    const one = await takeEditionFolder(root, 1, [b!], site);
    expect(await htmlFiles(zero.folder)).toEqual(['reports/a/index.html']);
    expect(await htmlFiles(one.folder)).toEqual(['reports/b/index.html']);
    await Promise.all([zero.release(), one.release()]);
    expect((await readdir(root)).sort()).toEqual(['0', '1']);
  });

  it('never shares a folder with another build still running, nor trusts one without its record', async () => {
    const pages = await built({ 'reports/a/index.html': 'A.' });
    // Another build (the test runner's parent process, which is running) has the folder.
    const theirs = join(root, `0.${process.ppid}`);
    await mkdir(join(theirs, 'reports/z'), { recursive: true });
    await writeFile(join(theirs, 'reports/z/index.html'), 'theirs');
    // What is left at the folder's own name has no record of what it holds.
    await mkdir(join(root, '0', 'reports/stray'), { recursive: true });
    await writeFile(join(root, '0', 'reports/stray/index.html'), 'stray');

    const mine = await takeEditionFolder(root, 0, pages, site);
    expect(mine.written).toBe(1);
    expect(await htmlFiles(mine.folder)).toEqual(['reports/a/index.html']);
    expect(existsSync(join(theirs, 'reports/z/index.html'))).toBe(true);

    // The other build puts its folder back first: mine is then removed, not mixed in.
    await mkdir(join(root, '0'), { recursive: true });
    await writeFile(join(root, '0', 'edition-digests.json'), '{}');
    await mine.release();
    expect(await readdir(join(root, '0'))).toEqual(['edition-digests.json']);
    await vi.waitFor(() => expect(existsSync(mine.folder)).toBe(false), REMOVED_IN_BACKGROUND);
  });

  it('removes a folder left taken by a build that stopped', async () => {
    const stopped = exitedProcessId();
    const left = join(root, `0.${stopped}`);
    await mkdir(join(left, 'reports/a'), { recursive: true });
    await writeFile(join(left, 'reports/a/index.html'), 'half written');
    const pages = await built({ 'reports/a/index.html': 'A.' });
    const mine = await takeEditionFolder(root, 0, pages, site);
    expect(mine.written).toBe(1);
    await mine.release();
    await vi.waitFor(() => expect(existsSync(left)).toBe(false), REMOVED_IN_BACKGROUND);
  });
});
