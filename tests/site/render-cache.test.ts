// `npm run build` reuses the pages of the previous build whose inputs did not change
// (src/lib/render-cache/), and what it publishes is byte for byte what a build from
// scratch of the same content publishes: after a document's words change, after a
// title changes, and with an anchor alias whose markers reused pages already carry.
import { appendFile, cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyContent, type ContentCopy } from '../support/content-copy';
import { REPO_ROOT } from '../support/paths';
import { fileHashes, runBuild } from '../support/run-build';

let work: string;
let content: ContentCopy;

beforeAll(async () => {
  work = await mkdtemp(join(REPO_ROOT, '.build-test-render-cache-'));
  content = await copyContent();
  // An anchor that moved: reused pages already carry its marker, which must not be doubled.
  await writeFile(
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

/** `npm run build` into the long-lived output folder, with its long-lived cache folder. */
const buildIncremental = () =>
  runBuild({
    OUT_DIR: incremental(),
    CONTENT_DIR: content.relativeDir,
    CACHE_DIR: join(work, 'cache'),
  });

/** Builds into the long-lived output folder; returns the reuse counts it logged. */
async function rebuild(): Promise<{ reused: number; rendered: number }> {
  const result = await buildIncremental();
  expect(result.code, result.output).toBe(0);
  const counts = /Reused (\d+) unchanged pages from the previous build; rendered (\d+)\./.exec(
    result.output,
  );
  expect(counts, result.output).not.toBeNull();
  return { reused: Number(counts![1]), rendered: Number(counts![2]) };
}

/** A build from scratch of the same content, in a fresh folder with a fresh cache. */
async function coldBuild(name: string): Promise<Record<string, string>> {
  const result = await runBuild({
    OUT_DIR: join(work, name),
    CONTENT_DIR: content.relativeDir,
    CACHE_DIR: join(work, `cache-${name}`),
  });
  expect(result.code, result.output).toBe(0);
  return fileHashes(join(work, name));
}

it('rebuilds only what changed, and publishes exactly what a build from scratch does', async () => {
  const first = await rebuild();
  expect(first.reused).toBe(0);
  const pages = first.rendered;
  const marked = await readFile(join(incremental(), 'reports/peel-wiltshire-2021-22/index.html'));
  expect(marked.toString().match(/id="p999"/g)).toHaveLength(1);

  // New words at the end of one document.
  await appendFile(
    join(content.dir, 'statements/danny-kruger-ncpi-2022.mdx'),
    '\nA paragraph added after publication, to test rebuilds.\n',
  );
  const afterBody = await rebuild();
  expect(afterBody.reused + afterBody.rendered).toBe(pages);
  expect(afterBody.rendered).toBeGreaterThan(0);
  // Only the edited page and the pages that always render (open data, 404) render again.
  expect(afterBody.reused).toBeGreaterThan(afterBody.rendered * 3);
  const page = await readFile(
    join(incremental(), 'statements/danny-kruger-ncpi-2022/index.html'),
    'utf8',
  );
  expect(page).toContain('A paragraph added after publication, to test rebuilds.');
  expect(await fileHashes(incremental())).toEqual(await coldBuild('cold-body'));

  // A new title shows on many pages (lists, feeds, social cards): everything renders again.
  const report = join(content.dir, 'reports/peel-wiltshire-2021-22.mdx');
  const source = await readFile(report, 'utf8');
  await writeFile(
    report,
    source.replace(
      'title: "PEEL 2021/22: Wiltshire Police"',
      'title: "PEEL 2021 to 2022: Wiltshire Police"',
    ),
  );
  const afterTitle = await rebuild();
  expect(afterTitle.reused).toBe(0);
  expect(await fileHashes(incremental())).toEqual(await coldBuild('cold-title'));
}, 300_000);

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
