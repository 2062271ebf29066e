import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectPermalinks } from '../../../src/lib/permalinks/collect';

const page = (main: string) => `<!DOCTYPE html><html><body><main>${main}</main></body></html>`;

let site: string | undefined;
afterEach(() => rm(site!, { recursive: true, force: true }));

async function builtSite(files: Record<string, string>): Promise<string> {
  site = await mkdtemp(join(tmpdir(), 'collect-permalinks-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(site, path, '..'), { recursive: true });
    await writeFile(join(site, path), text);
  }
  return site;
}

describe('collecting the published pages of a built site', () => {
  it('lists every page with its anchors, however deep, and nothing that is not a page', async () => {
    const out = await builtSite({
      'index.html': page('<h1 id="top">Home</h1>'),
      'reports/x/index.html': page(
        '<p id="p1">One.</p><a class="paragraph-link" href="#p1"></a><h2 id="findings">Findings</h2>',
      ),
      'recommendations/x-r1/briefing/index.html': page('<p id="p1">Brief.</p>'),
      '404.html': page('<h1 id="lost">Not found</h1>'),
      'feed.xml': '<rss/>',
      'social/reports/x.png': 'not html',
    });
    const { pages, paragraphs } = await collectPermalinks(out);
    expect(Object.fromEntries([...pages].map(([path, anchors]) => [path, [...anchors]]))).toEqual({
      '/': ['top'],
      '/reports/x/': ['p1', 'findings'],
      '/recommendations/x-r1/briefing/': ['p1'],
    });
    expect([...(paragraphs.get('/reports/x/')?.keys() ?? [])]).toEqual(['p1']);
  });

  it('takes a folder whose name ends in .html for a folder, not a page', async () => {
    const out = await builtSite({
      'reports/x/index.html': page('<p id="p1">One.</p>'),
      'files/old.html/index.html': page('<p id="p1">Moved.</p>'),
    });
    const { pages } = await collectPermalinks(out);
    expect([...pages.keys()].sort()).toEqual(['/files/old.html/', '/reports/x/']);
  });
});
