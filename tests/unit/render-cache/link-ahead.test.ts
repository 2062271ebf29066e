// Reused pages are linked into the new build on a worker thread while Astro renders the
// rest: each is the previous build's file (the same inode, never a copy), each is linked
// once however often it is handed over, and a page that cannot be linked fails the build.
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { linkAhead, linkedAhead } from '../../../src/lib/render-cache/link-ahead';
import { renderCacheRegistry } from '../../../src/lib/render-cache/registry';

const folders: string[] = [];
const outDirBefore = process.env.OUT_DIR;

afterAll(async () => {
  process.env.OUT_DIR = outDirBefore;
  if (outDirBefore === undefined) delete process.env.OUT_DIR;
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

/** A previous build holding `pages`, and an empty folder for the new one (as OUT_DIR). */
async function builds(pages: Record<string, string>): Promise<{ previous: string; out: string }> {
  const root = await mkdtemp(join(tmpdir(), 'link-ahead-'));
  folders.push(root);
  const previous = join(root, 'previous');
  const out = join(root, 'out');
  for (const [file, text] of Object.entries(pages)) {
    await mkdir(dirname(join(previous, file)), { recursive: true });
    await writeFile(join(previous, file), text);
  }
  await mkdir(out);
  process.env.OUT_DIR = out;
  return { previous, out };
}

beforeEach(() => renderCacheRegistry().linkingAhead.clear());

describe('reused pages linked while Astro renders', () => {
  test('are the previous build’s files, linked once each', async () => {
    const { previous, out } = await builds({
      'reports/a/index.html': 'report a',
      'recommendations/r1/index.html': 'r1',
      'recommendations/r1/feed.xml': 'r1 feed',
    });
    linkAhead(['/reports/a/', '/recommendations/r1/'], previous);
    // From another route, with one page handed over again.
    linkAhead(['/recommendations/r1/feed.xml', '/reports/a/'], previous);
    const linked = await linkedAhead(renderCacheRegistry().linkingAhead);
    expect([...linked].sort()).toEqual([
      '/recommendations/r1/',
      '/recommendations/r1/feed.xml',
      '/reports/a/',
    ]);
    for (const file of [
      'reports/a/index.html',
      'recommendations/r1/index.html',
      'recommendations/r1/feed.xml',
    ]) {
      const [before, now] = await Promise.all([stat(join(previous, file)), stat(join(out, file))]);
      expect(now.ino, file).toBe(before.ino);
    }
  });

  test('a page missing from the previous build fails with the reason', async () => {
    const { previous } = await builds({ 'reports/a/index.html': 'report a' });
    linkAhead(['/reports/gone/'], previous);
    await expect(linkedAhead(renderCacheRegistry().linkingAhead)).rejects.toThrow(
      /Linking reused pages: .*ENOENT/s,
    );
  });
});
