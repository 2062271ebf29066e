/**
 * The built search index holds the documents' own words and who they are by, and nothing
 * else: no navigation, footer, boilerplate or screen-reader text, and no non-document pages.
 * Reads Pagefind's fragment files (gzip, JSON after a signature) from dist/pagefind/.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { distDir } from '../support/paths';
import { sortOrders } from '../../src/cli/bench/pagefind-meta';
import { BLOCK_END, withoutBlockEnds } from '../../src/lib/search/block-end';
import { metadataFileName, pagefindLanguages } from '../../src/lib/search/pagefind-file';
import { readPagefindMetadata } from '../../src/lib/search/pagefind-metadata';
import { assignShards } from '../../src/lib/search/search-shards';

interface Fragment {
  /** Pagefind's page id: the fragment's file name. */
  id: string;
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

const dist = distDir();
let fragments: Fragment[] = [];

/** The index's shard folders: dist/pagefind/ and dist/pagefind-shards/<n>/ (the test build has several). */
async function shardFolders(): Promise<string[]> {
  const more = await readdir(path.join(dist, 'pagefind-shards')).catch(() => []);
  return [
    path.join(dist, 'pagefind'),
    ...more.sort().map((name) => path.join(dist, 'pagefind-shards', name)),
  ];
}

async function readFragments(shard: string): Promise<Fragment[]> {
  const folder = path.join(shard, 'fragment');
  return Promise.all(
    (await readdir(folder)).map(async (file) => {
      const text = gunzipSync(await readFile(path.join(folder, file))).toString('utf8');
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as Omit<Fragment, 'id'>;
      return { ...fragment, id: file.replace(/\.pf_fragment$/, '') };
    }),
  );
}

let shards: Fragment[][] = [];

beforeAll(async () => {
  shards = await Promise.all((await shardFolders()).map(readFragments));
  fragments = shards.flat();
});

const byUrl = (suffix: string) => {
  const found = fragments.find((fragment) => fragment.url.endsWith(suffix));
  if (!found) throw new Error(`${suffix} is not in the search index`);
  return found;
};

describe('search index', () => {
  test('holds every document page and no other page', async () => {
    const documentPages: string[] = [];
    for (const folder of ['reports', 'statements', 'responses']) {
      for (const entry of await readdir(path.join(dist, folder), { withFileTypes: true })) {
        if (entry.isDirectory()) documentPages.push(`/${folder}/${entry.name}/`);
      }
    }
    expect(documentPages.length).toBeGreaterThan(0);
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(documentPages.sort());
  });

  test('indexes the title and the words of the document', () => {
    const response = byUrl('/responses/pcc-response-ncpi-post-inspection-review-2023/');
    expect(response.content).toMatch(/^Response of the Police and Crime Commissioner/);
    expect(response.content).toContain('improve missing children and THRIVE');
  });

  test('indexes who a document is by, so a search for a name finds what they wrote', () => {
    const statement = byUrl('/statements/improvements-wiltshire-police-protects-children-2023/');
    expect(statement.content).toContain('From: Wiltshire Police. Author: Jamie Hill.');
    expect(statement.content).toContain('Published in: The Link.');
    // With the role held then, so an excerpt of the details does not give it as today's.
    expect(statement.content).toContain(
      'Quotes: Deb Smith, then Assistant Chief Constable, Wiltshire Police.',
    );
  });

  test.each([
    ['the skip link', 'Skip to main content'],
    ['the navigation', 'Reports Statements Responses'],
    ['the header search box', 'Search the documents'],
    ['the footer', 'published as their authors wrote them'],
    ['the link to the original', 'Read the original'],
    ['"at the time" after roles', '(at the time)'],
    ['the note on summaries', 'This page is our summary'],
    ['related documents', 'Related documents'],
    ['the update history', 'Updates to this page'],
  ])('leaves out %s', (_where, text) => {
    for (const fragment of fragments) expect(fragment.content).not.toContain(text);
  });

  test('links paragraphs by their permalink ids, so results can point at them', () => {
    const response = byUrl('/responses/pcc-response-ncpi-post-inspection-review-2023/');
    const ids = response.anchors.map((anchor) => anchor.id);
    expect(ids).toEqual(
      expect.arrayContaining(['p1', 'p6', 'police-and-crime-commissioners-comments']),
    );
  });

  test('a paragraph anchor carries no second copy of its words; a heading keeps its text to label results', () => {
    const response = byUrl('/responses/pcc-response-ncpi-post-inspection-review-2023/');
    const anchor = (id: string) => response.anchors.find((found) => found.id === id);
    expect(anchor('p6')?.text).toBe('');
    // Ending without a full stop, the heading carries the block-end mark, which its label
    // leaves out (block-end.ts).
    const heading = anchor('police-and-crime-commissioners-comments')?.text ?? '';
    expect(heading).toBe(`Police and Crime Commissioner's comments ${BLOCK_END}`);
    expect(withoutBlockEnds(heading)).toBe("Police and Crime Commissioner's comments");
    // The anchor still starts at its paragraph's first word ("OPCC", an abbreviation).
    const words = response.content.split(/\s+/);
    expect(words[anchor('p6')?.location ?? -1]).toBe('OPCC');
  });

  test('carries the filters and metadata results show', () => {
    const response = byUrl('/responses/pcc-response-ncpi-post-inspection-review-2023/');
    expect(response.filters).toMatchObject({
      type: ['Response'],
      year: ['2023'],
      person: ['Philip Wilkinson'],
    });
    expect(response.meta).toMatchObject({ type: 'Response', date: '2023' });
    expect(response.meta['title']).toMatch(/^Response of the Police and Crime Commissioner/);
    const statement = byUrl('/statements/improvements-wiltshire-police-protects-children-2023/');
    expect(statement.meta['date']).toBe('15 September 2023');
    expect(statement.filters['organisation']).toContain('Wiltshire Police');
  });

  test('files a document under every organisation whose page lists it', () => {
    // The MP's statement printing the PCC's response, and a report on the force.
    expect(byUrl('/statements/danny-kruger-ncpi-2022/').filters['organisation']).toEqual([
      'Office of the Police and Crime Commissioner for Wiltshire and Swindon',
    ]);
    expect(byUrl('/reports/ncpi-wiltshire-2022/').filters['organisation']).toEqual([
      "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
      'Wiltshire Police',
    ]);
  });
});

const dateOf = async (url: string) => {
  const html = await readFile(path.join(dist, url, 'index.html'), 'utf8');
  return /data-search-sort="date" value="([^"]+)"/.exec(html)?.[1] ?? '';
};

describe('the files a search fetches', () => {
  test('every page and index chunk a shard’s metadata lists is a file, named with a short id', async () => {
    for (const shard of await shardFolders()) {
      const [language, ...others] = await pagefindLanguages(shard);
      expect(others).toEqual([]);
      const file = path.join(shard, metadataFileName(language?.hash ?? ''));
      const metadata = readPagefindMetadata(await readFile(file), file);
      const ids = (list: { id: { value: string } }[]) => list.map(({ id }) => id.value);
      const prefix = `${language?.hash.split('_')[0]}_`;
      for (const id of [...ids(metadata.pages), ...ids(metadata.chunks)])
        expect(id).toMatch(new RegExp(`^${prefix}[0-9a-f]{13}-[0-9a-z]+$`));
      const files = async (folder: string, extension: string) =>
        (await readdir(path.join(shard, folder))).map((name) => name.replace(extension, ''));
      expect(ids(metadata.pages).sort()).toEqual((await files('fragment', '.pf_fragment')).sort());
      expect(ids(metadata.chunks).sort()).toEqual((await files('index', '.pf_index')).sort());
      expect((await readdir(shard)).filter((name) => name.endsWith('.pf_meta'))).toEqual([
        metadataFileName(language?.hash ?? ''),
      ]);
    }
  });
});

describe('the date order the search page sorts by', () => {
  test('is not in Pagefind’s metadata, which every first search downloads', async () => {
    for (const shard of await shardFolders()) {
      const meta = (await readdir(shard)).find((name) => name.endsWith('.pf_meta'));
      expect(meta, shard).toBeDefined();
      expect(sortOrders(await readFile(path.join(shard, meta ?? '')))).toEqual([]);
    }
  });

  test('names every document once, by its id in the index, oldest first', async () => {
    const order = JSON.parse(
      await readFile(path.join(dist, 'search', 'date-order.json'), 'utf8'),
    ) as { ids: string[]; shared: Record<string, string[]> };
    expect(order.shared).toEqual({});
    const urlOf = new Map(fragments.map((fragment) => [fragment.id, fragment.url]));
    const urls = order.ids.map((id) => urlOf.get(id));
    expect([...urls].sort()).toEqual(fragments.map((fragment) => fragment.url).sort());
    const dates = await Promise.all(urls.map((url) => dateOf(url ?? '')));
    expect(dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))).toBe(true);
    expect(dates).toEqual([...dates].sort());
  });

  test('newest first, is the order the site lists documents in (its open data, here)', async () => {
    const order = JSON.parse(
      await readFile(path.join(dist, 'search', 'date-order.json'), 'utf8'),
    ) as { ids: string[] };
    const urlOf = new Map(fragments.map((fragment) => [fragment.id, fragment.url]));
    const listed = JSON.parse(
      await readFile(path.join(dist, 'data', 'documents.json'), 'utf8'),
    ) as { documents: { url: string }[] };
    expect(order.ids.map((id) => urlOf.get(id)).reverse()).toEqual(
      listed.documents.map(({ url }) => new URL(url).pathname),
    );
  });

  // Known only as "2023", the review and the PCC's answer to it had sorted as 1 January,
  // before the April visit the review reports on.
  test('dates a report and its answer known only to the year no earlier than its visit', async () => {
    expect(await dateOf('/reports/ncpi-wiltshire-post-inspection-review-2023/')).toBe('2023-04-01');
    expect(await dateOf('/responses/pcc-response-ncpi-post-inspection-review-2023/')).toBe(
      '2023-04-01',
    );
  });
});

describe('search index in shards', () => {
  test('puts every document in exactly one of the shards the search page merges', async () => {
    // The test build indexes two documents per shard (tests/support/global-build.ts).
    expect(shards.length).toBe(Math.ceil(fragments.length / 2));
    for (const shard of shards) expect(shard.length).toBeGreaterThan(0);
    const urls = fragments.map((fragment) => fragment.url);
    expect(new Set(urls).size).toBe(urls.length);
    const searchPage = await readFile(path.join(dist, 'search', 'index.html'), 'utf8');
    const listed = /data-search-shards="([^"]*)"/.exec(searchPage)?.[1]?.split(' ');
    expect(listed).toEqual(shards.slice(1).map((_, index) => `/pagefind-shards/${index + 1}/`));
  });

  // Which shard a document goes to, and why a new, back-dated or withdrawn document changes
  // only one, is tested in tests/unit/search/search-shards.test.ts; here, that the build
  // follows that dealing.
  test('puts each document in the shard the site’s dealing gives it', async () => {
    const pages = await Promise.all(
      fragments.map(async (fragment) => ({
        path: `${fragment.url.replace(/^\//, '')}index.html`,
        date: await dateOf(fragment.url),
      })),
    );
    const dealt = assignShards(pages, shards.length).map((shard) =>
      shard.map((page) => `/${page.path.replace(/index\.html$/, '')}`).sort(),
    );
    expect(shards.map((shard) => shard.map((fragment) => fragment.url).sort())).toEqual(dealt);
  });
});
