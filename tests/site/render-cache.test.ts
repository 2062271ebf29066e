// `npm run build` reuses the pages of the previous build whose inputs did not change
// (src/lib/render-cache/), and what it publishes is byte for byte what a build from
// scratch of the same content publishes: after a document's words change, after a new
// statement and a cross-link taken out, after a document's and a recommendation's title
// change, after a theme's label changes, and with an anchor alias whose markers reused pages already carry.
import { appendFile, cp, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyContent, type ContentCopy } from '../support/content-copy';
import { REPO_ROOT } from '../support/paths';
import { fileHashes, runBuild } from '../support/run-build';

/** Made up for this test: answers the 2022 inspection, and marks a recommendation of the 2023 review, so each reaches other pages. */
const NEW_STATEMENT = `---
title: A statement published after the first build
summary: >-
  Made up for the render cache test: it answers the 2022 inspection and marks one of the
  2023 review's recommendations.
published: "2024-02-01"
issuer: wiltshire-police
authors: [jamie-hill]
source:
  url: https://example.org/a-new-statement
verbatim: true
themes: [investigations]
changes: []
respondsTo: [ncpi-wiltshire-2022]
assessments:
  - recommendation: ncpi-wiltshire-2023-missing-children
    status: in-progress
    paragraph: p1
---

<Addresses recommendation="ncpi-wiltshire-2023-missing-children">

Every child reported missing is now reviewed by a supervisor within a day.

</Addresses>

A second paragraph, marking nothing.
`;

/** Pages that show the new statement: rendered again. */
const NEIGHBOURS_OF_NEW_STATEMENT = [
  'reports/ncpi-wiltshire-2022/index.html',
  'reports/ncpi-wiltshire-post-inspection-review-2023/index.html',
  'recommendations/ncpi-wiltshire-2023-missing-children/index.html',
  'recommendations/ncpi-wiltshire-2023-missing-children/feed.xml',
  'statements/index.html',
  'organisations/wiltshire-police/index.html',
  'organisations/wiltshire-police/feed.xml',
  'people/jamie-hill/index.html',
  // Each shows a count of documents, which the statement's issuer and author now have one more of.
  'organisations/index.html',
  'people/index.html',
];
/** Pages that do not: reused. */
const UNRELATED_TO_NEW_STATEMENT = [
  'reports/peel-wiltshire-2021-22/index.html',
  'social/reports/ncpi-wiltshire-2022.png',
  'recommendations/ncpi-wiltshire-2023-domestic-abuse/index.html',
  'recommendations/ncpi-wiltshire-2022-supervision/briefing/index.html',
  'organisations/hmicfrs/index.html',
  'organisations/hmicfrs/feed.xml',
  'people/danny-kruger/index.html',
];

/**
 * The search page's filter-id files: labels by id, one file per group on a site this
 * small. A new statement names no new organisation, person, recommendation or theme.
 */
const FILTER_ID_FILES = ['organisation', 'person', 'recommendation', 'theme'].map(
  (group) => `search/filter-ids/${group}/0.json`,
);
/**
 * Two of the search page's files of pages about names (about-pages.ts): they show only the
 * organisations, people and glossary terms, which no test here changes.
 */
const ABOUT_FILES = ['search/about/p.json', 'search/about/c.json'];
/** The directory pages: their counts of documents change only with a document naming someone. */
const DIRECTORIES = ['organisations/index.html', 'people/index.html'];

/** A recommendation whose title the test changes, and the file its label is in. */
const RETITLED_RECOMMENDATION = 'recommendations/ncpi-wiltshire-2022-investigation-delays.yaml';
const RECOMMENDATION_LABELS = 'search/filter-ids/recommendation/0.json';

/** The page that the anchor alias below marks. */
const MARKED_PAGE = 'reports/peel-wiltshire-2021-22/index.html';

let work: string;
let content: ContentCopy;

beforeAll(async () => {
  work = await mkdtemp(join(REPO_ROOT, '.build-test-render-cache-'));
  content = await copyContent();
  // An anchor that moved: reused pages already carry its marker, which must not be doubled.
  // Added after the content's own aliases, which its published anchors still need.
  await appendFile(
    join(content.dir, 'aliases.yaml'),
    '- from: /reports/peel-wiltshire-2021-22/#p999\n  to: /reports/peel-wiltshire-2021-22/#p1\n',
  );
});

afterAll(async () => {
  await Promise.all([
    work ? rm(work, { recursive: true, force: true }) : undefined,
    content?.remove(),
  ]);
});

const incremental = () => join(work, 'site');
const keysFile = () => join(work, '.build-site.page-keys.json');

/**
 * Two documents per search shard, as in the test build: a rebuild then reuses some
 * shards and indexes others again, and the search page's date order is made from both.
 */
const SEARCH_SHARD_SIZE = '2';

/** `npm run build` into the long-lived output folder, with its long-lived cache folder. */
const buildIncremental = () =>
  runBuild({
    OUT_DIR: incremental(),
    CONTENT_DIR: content.relativeDir,
    CACHE_DIR: join(work, 'cache'),
    SEARCH_SHARD_SIZE,
  });

/** Builds into the long-lived output folder; returns the reuse counts it logged. */
async function rebuild(): Promise<{
  reused: number;
  rendered: number;
  cards: number;
  shardsReused: number;
}> {
  const result = await buildIncremental();
  expect(result.code, result.output).toBe(0);
  const counts =
    /Reused (\d+) unchanged pages from the previous build; rendered (\d+); linked (\d+) social cards/.exec(
      result.output,
    );
  expect(counts, result.output).not.toBeNull();
  const shards = /in \d+ shards(?: \((\d+) unchanged since an earlier build, reused\))?/.exec(
    result.output,
  );
  expect(shards, result.output).not.toBeNull();
  return {
    reused: Number(counts![1]),
    rendered: Number(counts![2]),
    cards: Number(counts![3]),
    shardsReused: Number(shards![1] ?? 0),
  };
}

async function inodes(...lists: string[][]): Promise<Record<string, number>> {
  const paths = lists.flat();
  const files = await Promise.all(paths.map((path) => stat(join(incremental(), path))));
  return Object.fromEntries(paths.map((path, index) => [path, files[index]!.ino]));
}

/** How many documents /people/ says a person wrote or is quoted in. */
async function documentCountOnPeople(id: string): Promise<number> {
  const html = await readFile(join(incremental(), 'people/index.html'), 'utf8');
  const item = html.split('<li').find((part) => part.includes(`/people/${id}/"`));
  const count = /\((\d+) documents?\)/.exec(item ?? '');
  expect(count, id).not.toBeNull();
  return Number(count![1]);
}

/** A build from scratch of the same content, in a fresh folder with a fresh cache. */
async function coldBuild(name: string): Promise<Record<string, string>> {
  const result = await runBuild({
    OUT_DIR: join(work, name),
    CONTENT_DIR: content.relativeDir,
    CACHE_DIR: join(work, `cache-${name}`),
    SEARCH_SHARD_SIZE,
  });
  expect(result.code, result.output).toBe(0);
  return fileHashes(join(work, name));
}

it('rebuilds only what changed, and publishes exactly what a build from scratch does', async () => {
  const first = await rebuild();
  expect(first.reused).toBe(0);
  // Each document's card and the site's, drawn into the card cache and linked from there.
  expect(first.cards).toBeGreaterThan(1);
  const pages = first.rendered + first.cards;
  const marked = await readFile(join(incremental(), MARKED_PAGE));
  expect(marked.toString().match(/id="p999"/g)).toHaveLength(1);

  // New words at the end of one document.
  const markedBefore = await stat(join(incremental(), MARKED_PAGE));
  const beforeBody = await inodes(FILTER_ID_FILES, DIRECTORIES, ABOUT_FILES);
  await appendFile(
    join(content.dir, 'statements/danny-kruger-ncpi-2022.mdx'),
    '\nA paragraph added after publication, to test rebuilds.\n',
  );
  const afterBody = await rebuild();
  expect(afterBody.reused + afterBody.rendered).toBe(pages);
  // The edited document's card shows only its type, date and title: reused too.
  expect(afterBody.cards).toBe(0);
  expect(afterBody.rendered).toBeGreaterThan(0);
  // Only the edited page and the pages that always render (open data, 404) render again.
  expect(afterBody.reused).toBeGreaterThan(afterBody.rendered * 3);
  // Only the edited document's search shard is indexed again.
  expect(afterBody.shardsReused).toBeGreaterThan(0);
  const page = await readFile(
    join(incremental(), 'statements/danny-kruger-ncpi-2022/index.html'),
    'utf8',
  );
  expect(page).toContain('A paragraph added after publication, to test rebuilds.');
  // The reused page with the alias's marker is the previous build's file, never written
  // to: that file was the published site while this build ran.
  const markedAfter = await stat(join(incremental(), MARKED_PAGE));
  expect(markedAfter.ino).toBe(markedBefore.ino);
  expect(markedAfter.mtimeMs).toBe(markedBefore.mtimeMs);
  // New words change no label, name or count: the filter-id files, the files of pages
  // about names and the directories are reused.
  expect(await inodes(FILTER_ID_FILES, DIRECTORIES, ABOUT_FILES)).toEqual(beforeBody);
  expect(await fileHashes(incremental())).toEqual(await coldBuild('cold-body'));

  // A new statement: the report it answers, the recommendation it marks (and that
  // recommendation's report) and the lists render again; unrelated pages are reused.
  const jamieHillsDocuments = await documentCountOnPeople('jamie-hill');
  await writeFile(join(content.dir, 'statements/a-new-statement.mdx'), NEW_STATEMENT);
  const before = await inodes(
    NEIGHBOURS_OF_NEW_STATEMENT,
    UNRELATED_TO_NEW_STATEMENT,
    FILTER_ID_FILES,
    ABOUT_FILES,
  );
  const afterNew = await rebuild();
  // Its page and its card are new.
  expect(afterNew.reused + afterNew.rendered + afterNew.cards).toBe(pages + 2);
  expect(afterNew.cards).toBe(1);
  // A reused page is the previous build's file, hard-linked: the same inode.
  const after = await inodes(
    NEIGHBOURS_OF_NEW_STATEMENT,
    UNRELATED_TO_NEW_STATEMENT,
    FILTER_ID_FILES,
    ABOUT_FILES,
  );
  for (const path of NEIGHBOURS_OF_NEW_STATEMENT) expect(after[path], path).not.toBe(before[path]);
  for (const path of [...UNRELATED_TO_NEW_STATEMENT, ...FILTER_ID_FILES, ...ABOUT_FILES])
    expect(after[path], path).toBe(before[path]);
  expect(await documentCountOnPeople('jamie-hill')).toBe(jamieHillsDocuments + 1);
  const recommendationPage = await readFile(
    join(incremental(), 'recommendations/ncpi-wiltshire-2023-missing-children/index.html'),
    'utf8',
  );
  expect(recommendationPage).toContain('/statements/a-new-statement/#p1');
  expect(await fileHashes(incremental())).toEqual(await coldBuild('cold-new'));

  // A cross-link taken out: the recommendation it marked no longer lists the paragraph.
  const unmarked = join(
    content.dir,
    'statements/improvements-wiltshire-police-protects-children-2023.mdx',
  );
  const withMark = await readFile(unmarked, 'utf8');
  const withoutMark = withMark.replace(
    /<Addresses recommendation="ncpi-wiltshire-2023-domestic-abuse">\n\n([^\n]+)\n\n<\/Addresses>/,
    '$1',
  );
  expect(withoutMark).not.toBe(withMark);
  await writeFile(unmarked, withoutMark);
  expect((await rebuild()).reused).toBeGreaterThan(0);
  expect(await fileHashes(incremental())).toEqual(await coldBuild('cold-unmarked'));

  // A new title shows on its neighbours' pages and every list, feed and card of it; a
  // recommendation's new title also in the search's file of recommendations' labels.
  const report = join(content.dir, 'reports/peel-wiltshire-2021-22.mdx');
  const source = await readFile(report, 'utf8');
  await writeFile(
    report,
    source.replace(
      'title: "PEEL 2021/22: Wiltshire Police"',
      'title: "PEEL 2021 to 2022: Wiltshire Police"',
    ),
  );
  const retitled = join(content.dir, RETITLED_RECOMMENDATION);
  const recommendation = await readFile(retitled, 'utf8');
  const newTitle = 'Reducing the delays in child abuse investigations';
  expect(recommendation).toContain('title: Reducing delays in investigations\n');
  await writeFile(
    retitled,
    recommendation.replace('title: Reducing delays in investigations\n', `title: ${newTitle}\n`),
  );
  const beforeTitle = await inodes(FILTER_ID_FILES, DIRECTORIES);
  const afterTitle = await rebuild();
  expect(afterTitle.reused).toBeGreaterThan(0);
  const titleInodes = await inodes(FILTER_ID_FILES, DIRECTORIES);
  for (const path of [...FILTER_ID_FILES, ...DIRECTORIES])
    if (path === RECOMMENDATION_LABELS) expect(titleInodes[path], path).not.toBe(beforeTitle[path]);
    else expect(titleInodes[path], path).toBe(beforeTitle[path]);
  const labels = JSON.parse(
    await readFile(join(incremental(), RECOMMENDATION_LABELS), 'utf8'),
  ) as Record<string, string>;
  expect(labels['ncpi-wiltshire-2022-investigation-delays']).toBe(newTitle);
  expect(await fileHashes(incremental())).toEqual(await coldBuild('cold-title'));

  // A theme's new label, in content/themes.yaml, shows on every page and filter naming it.
  const themes = join(content.dir, 'themes.yaml');
  const themeList = await readFile(themes, 'utf8');
  expect(themeList).toContain('label: Investigations\n');
  await writeFile(
    themes,
    themeList.replace('label: Investigations\n', 'label: Child abuse investigations\n'),
  );
  expect((await rebuild()).rendered).toBeGreaterThan(0);
  const themePage = await readFile(
    join(incremental(), 'recommendations/ncpi-wiltshire-2022-investigation-delays/index.html'),
    'utf8',
  );
  expect(themePage).toContain('<dd>Child abuse investigations</dd>');
  expect(await fileHashes(incremental())).toEqual(await coldBuild('cold-theme'));
}, 400_000);

it('still checks the permalinks of the page a rebuild renders again', async () => {
  // The rebuild remembers the anchors of the pages it reuses (src/lib/files/file-facts.ts):
  // the one page that changed must be read, and a published anchor gone from it caught.
  const statement = join(content.dir, 'statements/danny-kruger-ncpi-2022.mdx');
  const source = await readFile(statement, 'utf8');
  await writeFile(
    statement,
    source.replace("## PCC Philip Wilkinson's full response:", '## The full response'),
  );
  const failed = await buildIncremental();
  await writeFile(statement, source);
  expect(failed.code).not.toBe(0);
  expect(failed.output).toContain(
    'The anchor #pcc-philip-wilkinsons-full-response on /statements/danny-kruger-ncpi-2022/ was published but is no longer on the page',
  );
}, 300_000);

it('keeps the previous keys when a build fails, and ignores them once the folder was replaced', async () => {
  const keysBefore = await readFile(keysFile(), 'utf8');
  const broken = join(
    content.dir,
    'statements/improvements-wiltshire-police-protects-children-2023.mdx',
  );
  const source = await readFile(broken, 'utf8');
  await writeFile(broken, `${source}\n<script src="https://evil.example/widget.js"></script>\n`);
  const failed = await buildIncremental();
  expect(failed.code).not.toBe(0);
  expect(await readFile(keysFile(), 'utf8')).toBe(keysBefore);
  await writeFile(broken, source);

  // Unchanged content, same folder: every cacheable page is reused.
  expect((await rebuild()).reused).toBeGreaterThan(0);

  // The same files in another folder (as after a plain `astro build` into it): nothing is reused.
  await cp(incremental(), `${incremental()}-copy`, { recursive: true });
  await rm(incremental(), { recursive: true });
  await rename(`${incremental()}-copy`, incremental());
  expect((await rebuild()).reused).toBe(0);
}, 300_000);

it('reuses the search shards kept in the cache folder when the output folder is gone', async () => {
  // As on a CI job that restores only the cache folder: no previous build to reuse from.
  await rm(incremental(), { recursive: true });
  const result = await buildIncremental();
  expect(result.code, result.output).toBe(0);
  const shards = /in (\d+) shards \((\d+) unchanged since an earlier build, reused\)/.exec(
    result.output,
  );
  expect(shards, result.output).not.toBeNull();
  expect(Number(shards![2])).toBe(Number(shards![1]));
  expect(result.output).toMatch(/Reused 0 unchanged pages from the previous build/);
  // Every page was rendered again, into new files, from what the build before rendered it
  // from: none of them is read back for the search index, and only the pages without a
  // render-cache key (the open data's, say) for the permalink check.
  expect(pagesRead(result.output)).toEqual({ search: 0, permalinks: expect.any(Number) });
  const checked = Number(/Checked the permalinks of (\d+) pages/.exec(result.output)?.[1]);
  expect(pagesRead(result.output).permalinks).toBeLessThan(checked / 10);
  expect(await fileHashes(incremental())).toEqual(await coldBuild('cold-cache-only'));
}, 300_000);

it('reads back every page of a build with an empty cache folder', async () => {
  const result = await runBuild({
    OUT_DIR: join(work, 'cold-read'),
    CONTENT_DIR: content.relativeDir,
    CACHE_DIR: join(work, 'cache-cold-read'),
    SEARCH_SHARD_SIZE,
  });
  expect(result.code, result.output).toBe(0);
  const checked = Number(/Checked the permalinks of (\d+) pages/.exec(result.output)?.[1]);
  const documents = Number(/Search index: (\d+) document pages/.exec(result.output)?.[1]);
  expect(pagesRead(result.output)).toEqual({ search: documents, permalinks: checked });
}, 300_000);

/** How many pages the search index and the permalink check read back, from a build's log. */
function pagesRead(log: string): { search: number; permalinks: number } {
  const search = /; (\d+) of the pages read\./.exec(log);
  const permalinks = /Checked the permalinks of \d+ pages, reading (\d+) of them/.exec(log);
  expect(search, log).not.toBeNull();
  expect(permalinks, log).not.toBeNull();
  return { search: Number(search![1]), permalinks: Number(permalinks![1]) };
}
