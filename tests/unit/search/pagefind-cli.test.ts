// Pagefind's indexer, run as its command on a folder of pages as a shard's pages are
// indexed: what it indexes, the settings it is given, and a failure that names the folder.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPagefind } from '../../../src/lib/search/pagefind-cli';
import { pagefindFileBody } from '../../../src/lib/search/pagefind-file';

let folder: string;

/** A page with a search body, as the site writes a document's search edition. */
const page = (body: string) =>
  `<!doctype html><html lang="en-GB"><head><title>T</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

async function writePage(site: string, address: string, body: string) {
  await mkdir(path.join(site, address), { recursive: true });
  await writeFile(path.join(site, address, 'index.html'), page(body));
}

/** Every indexed page's text, by its address, read from the fragments Pagefind wrote. */
async function indexedText(index: string): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const name of await readdir(path.join(index, 'fragment'))) {
    const bytes = await readFile(path.join(index, 'fragment', name));
    const { url, content } = JSON.parse(
      pagefindFileBody(bytes, name, 'fragment').toString('utf8'),
    ) as { url: string; content: string };
    texts[url] = content;
  }
  return texts;
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'pagefind-cli-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('running Pagefind’s indexer on a folder of pages', () => {
  test('indexes every page’s body, leaving out the selectors it is given, and counts the pages', async () => {
    const site = path.join(folder, 'site');
    await writePage(
      site,
      'reports/one',
      '<p>Children reported missing.<span class="visually-hidden"> Opens in a new tab</span></p>',
    );
    await writePage(
      site,
      'statements/two',
      '<p>The force accepts the findings.<span aria-hidden="true">¶</span></p>',
    );
    const index = path.join(folder, 'index');
    const pages = await runPagefind({
      site,
      outputPath: index,
      excludeSelectors: ['.visually-hidden', '[aria-hidden="true"]'],
    });
    expect(pages).toBe(2);
    expect(await indexedText(index)).toEqual({
      '/reports/one/': 'Children reported missing.',
      '/statements/two/': 'The force accepts the findings.',
    });
  });

  test('splits its index into chunks of the size it is given', async () => {
    const site = path.join(folder, 'words');
    // Many different words, so that small chunks make several index files.
    const words = Array.from({ length: 400 }, (_, n) => `word${n.toString(36)}x`).join(' ');
    await writePage(site, 'a', `<p>${words}</p>`);
    const chunks = async (chunkSize?: number) => {
      const index = path.join(folder, `chunks-${chunkSize ?? 'default'}`);
      await runPagefind({ site, outputPath: index, excludeSelectors: [], chunkSize });
      return (await readdir(path.join(index, 'index'))).length;
    };
    const byDefault = await chunks();
    expect(await chunks(200)).toBeGreaterThan(byDefault);
  });

  test('takes no settings from the environment’s PAGEFIND_ variables or a config file where it runs', async () => {
    const site = path.join(folder, 'hermetic');
    await writePage(site, 'a', '<p>Children reported missing.</p>');
    await writeFile(path.join(site, 'pagefind.yml'), 'force_language: de\n');
    const index = path.join(folder, 'hermetic-index');
    process.env.PAGEFIND_FORCE_LANGUAGE = 'fr';
    try {
      await runPagefind({ site, outputPath: index, excludeSelectors: [] });
    } finally {
      delete process.env.PAGEFIND_FORCE_LANGUAGE;
    }
    const entry = JSON.parse(await readFile(path.join(index, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages)).toEqual(['en-gb']);
  });

  test('stops with the folder and Pagefind’s own words when there is nothing to index', async () => {
    const empty = path.join(folder, 'empty');
    await mkdir(empty);
    await expect(
      runPagefind({ site: empty, outputPath: path.join(folder, 'none'), excludeSelectors: [] }),
    ).rejects.toThrow(
      /Pagefind could not index .*empty \(exit 1\):\n.*not able to build an index/s,
    );
  });
});

describe('the installed Pagefind', () => {
  // Its version is part of every search shard's digest (build-search-index.ts): found from
  // where the build was started, a build run from another folder named no version, and
  // its digests differed from every other build's, so every shard was indexed again.
  test('is found from this code’s own folder, wherever the build was started from', async () => {
    const installed = JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as {
      version: string;
    };
    const projectRoot = process.cwd();
    process.chdir(tmpdir());
    try {
      // A fresh copy of the module: the manifest is read once per process, and the runs
      // above have read it already, from the project folder.
      vi.resetModules();
      const fresh = await import('../../../src/lib/search/pagefind-cli');
      expect(fresh.pagefindManifest().version).toBe(installed.version);
    } finally {
      process.chdir(projectRoot);
    }
  });
});
