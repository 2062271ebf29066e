/**
 * The lists of a national corpus, split into pages (src/lib/site/list-pages.ts): a made-up
 * corpus (the bench's generator, 300 documents: 120 reports, 480 recommendations) built and
 * read in headless Chromium. Following "Next" from a list's first page reaches every entry
 * once, in order; each page is small, titled with its number, and usable by keyboard.
 */
import { axeViolations } from '../support/axe';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { writeCorpus } from '../../src/cli/bench/corpus';
import { PAGE_SIZE } from '../../src/lib/site/list-pages';
import { YEAR_PREVIEW, YEAR_SHOWN_WHOLE } from '../../src/lib/timeline/timeline';
import { useBrowserSession } from '../support/browser-session';
import { buildFixture, removeAll, type FixtureBuild } from '../support/build-fixture';

const DOCUMENTS = 300;

let content: string;
let build: FixtureBuild;

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'national-lists-'));
  await writeCorpus(content, DOCUMENTS);
  // One card for the whole site: the cards are not what is tested here.
  build = await buildFixture(content, { SOCIAL_CARDS: 'site' });
  if (build.code !== 0) throw new Error(`The national fixture did not build:\n${build.output}`);
}, 240_000);

afterAll(async () => {
  await removeAll(...[content, build?.outDir].filter((dir): dir is string => Boolean(dir)));
});

const session = useBrowserSession(() => ({ dir: join(build.outDir, 'dist') }));

/** The slugs of the documents in one of the corpus's folders, as their pages' paths. */
async function pathsIn(folder: string): Promise<string[]> {
  const files = await readdir(join(content, folder));
  return files.map((file) => `/${folder}/${file.replace(/\.mdx$/, '')}/`);
}

interface ListPageSeen {
  path: string;
  title: string;
  entries: string[];
  dates: string[];
  gzipBytes: number;
}

/** Every page of a list, from its first, by following each page's "Next" link. */
async function followList(
  page: Page,
  listPath: string,
  entryLinks: string,
): Promise<ListPageSeen[]> {
  const seen: ListPageSeen[] = [];
  let path: string | null = listPath;
  while (path) {
    const response = await page.goto(new URL(path, session.preview.origin).href);
    expect(response?.status(), path).toBe(200);
    const html = await response!.text();
    seen.push({
      path,
      title: await page.title(),
      entries: await page
        .locator(entryLinks)
        .evaluateAll((links) =>
          links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
        ),
      dates: await page
        .locator('.document-list time')
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? '')),
      gzipBytes: gzipSync(html).length,
    });
    const next = page
      .getByRole('navigation', { name: 'Pages of this list' })
      .locator('a[rel=next]');
    path = (await next.count())
      ? new URL((await next.getAttribute('href')) ?? '', session.preview.origin).pathname
      : null;
    expect(seen.length, 'a list that never ends').toBeLessThan(20);
  }
  return seen;
}

const newPage = async () => (await session.browser.newContext()).newPage();

describe('a list too long for one page', { timeout: 60_000 }, () => {
  test('reports: every one reached by Next, once, newest first, 50 to a page', async () => {
    const page = await newPage();
    const pages = await followList(page, '/reports/', '.document-list h2 a');
    const reports = await pathsIn('reports');
    expect(pages.map((seen) => seen.path)).toEqual([
      '/reports/',
      '/reports/page/2/',
      '/reports/page/3/',
    ]);
    expect(pages.map((seen) => seen.entries.length)).toEqual([50, 50, reports.length - 100]);
    const all = pages.flatMap((seen) => seen.entries);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...reports].sort());
    const dates = pages.flatMap((seen) => seen.dates);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });

  test('statements, responses and the A–Z: every document once', async () => {
    const page = await newPage();
    for (const folder of ['statements', 'responses']) {
      const pages = await followList(page, `/${folder}/`, '.document-list h2 a');
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.flatMap((seen) => seen.entries).sort()).toEqual((await pathsIn(folder)).sort());
    }
    const az = await followList(page, '/documents/', '.document-list a');
    expect(az.map((seen) => seen.entries.length)).toEqual([
      PAGE_SIZE.titles,
      DOCUMENTS - PAGE_SIZE.titles,
    ]);
    expect(new Set(az.flatMap((seen) => seen.entries)).size).toBe(DOCUMENTS);
    await page.close();
  });

  test('recommendations: every row once, 100 to a page', async () => {
    const page = await newPage();
    const pages = await followList(
      page,
      '/recommendations/',
      '.recommendations-table th[scope=row] a',
    );
    const recommendations = (await readdir(join(content, 'recommendations'))).length;
    expect(pages.length).toBe(Math.ceil(recommendations / PAGE_SIZE.recommendations));
    const all = pages.flatMap((seen) => seen.entries);
    expect(new Set(all).size).toBe(recommendations);
    expect(pages.slice(0, -1).every((seen) => seen.entries.length === 100)).toBe(true);
    await page.close();
  });

  test('each page is titled and captioned with its number, and stays small for a phone', async () => {
    const page = await newPage();
    const pages = await followList(page, '/reports/', '.document-list h2 a');
    expect(pages.map((seen) => seen.title.split(' – ')[0])).toEqual([
      'Reports',
      'Reports, page 2 of 3',
      'Reports, page 3 of 3',
    ]);
    await page.goto(new URL('/reports/page/2/', session.preview.origin).href);
    expect(await page.locator('main p.lede + p').textContent()).toBe(
      '120 documents, newest first. Page 2 of 3: 51 to 100.',
    );
    const recommendations = await followList(
      page,
      '/recommendations/',
      '.recommendations-table th[scope=row] a',
    );
    for (const seen of [...pages, ...recommendations]) {
      expect(seen.gzipBytes, seen.path).toBeLessThan(20_000);
    }
    await page.close();
  });

  test('the page links say which page is open, and lead on by keyboard', async () => {
    const page = await newPage();
    await page.goto(new URL('/reports/page/2/', session.preview.origin).href);
    const nav = page.getByRole('navigation', { name: 'Pages of this list' });
    expect(await nav.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Previous page',
      'Page 1',
      'Page 2',
      'Page 3',
      'Next page',
    ]);
    await nav.getByRole('link', { name: 'Next page' }).focus();
    await Promise.all([page.waitForURL('**/reports/page/3/'), page.keyboard.press('Enter')]);
    // The last page has no Next; the first has no Previous.
    expect(await nav.getByRole('link', { name: 'Next page' }).count()).toBe(0);
    await page.goto(new URL('/reports/', session.preview.origin).href);
    expect(await nav.getByRole('link', { name: 'Previous page' }).count()).toBe(0);
    // Targets big enough to tap (WCAG 2.2 asks for 24 px; they are 44).
    for (const box of await nav
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect()))) {
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    await page.close();
  });

  test('has no WCAG 2.2 A or AA violations on a middle page, at phone width', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/reports/page/2/', '/recommendations/page/3/', '/documents/page/2/']) {
      await page.goto(new URL(path, session.preview.origin).href);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.close();
  });

  test('no page past the last, and no second address for the first', async () => {
    for (const path of ['/reports/page/1/', '/reports/page/4/', '/documents/page/3/']) {
      const response = await fetch(new URL(path, session.preview.origin));
      expect(response.status, path).toBe(404);
    }
  });
});

describe('a timeline with long years', { timeout: 60_000 }, () => {
  /** Each year on /timeline/: its heading's id, its events' text, and its "All …" link. */
  async function timelineYears(page: Page) {
    await page.goto(new URL('/timeline/', session.preview.origin).href);
    return page.locator('main section').evaluateAll((sections) =>
      sections.map((section) => ({
        id: section.querySelector('h2')?.id ?? '',
        events: [...section.querySelectorAll('.timeline-event')].map((event) =>
          (event.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
        all: section.querySelector<HTMLAnchorElement>('a[href^="/timeline/"]')?.pathname ?? null,
        allText: section.querySelector('a[href^="/timeline/"]')?.textContent ?? '',
      })),
    );
  }

  test('keeps every year’s heading on /timeline/, a long year showing its latest events', async () => {
    const page = await newPage();
    const years = await timelineYears(page);
    expect(years.every((year) => /^year-\d{4}$/.test(year.id))).toBe(true);
    const long = years.filter((year) => year.all);
    expect(long.length, 'the fixture needs a year too long to list whole').toBeGreaterThan(0);
    for (const year of long) expect(year.events).toHaveLength(YEAR_PREVIEW);
    for (const year of years.filter((entry) => !entry.all))
      expect(year.events.length).toBeLessThanOrEqual(YEAR_SHOWN_WHOLE);
    await page.close();
  });

  test('a long year’s own pages hold all its events, beginning with those /timeline/ shows', async () => {
    const page = await newPage();
    for (const year of (await timelineYears(page)).filter((entry) => entry.all)) {
      const pages = await followList(page, year.all!, '.timeline-event a');
      const events: string[] = [];
      for (const seen of pages) {
        await page.goto(new URL(seen.path, session.preview.origin).href);
        events.push(
          ...(await page
            .locator('.timeline-event')
            .evaluateAll((items) =>
              items.map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim()),
            )),
        );
        expect(seen.entries.length).toBeLessThanOrEqual(PAGE_SIZE.events);
      }
      const total = Number(/^All (\d+) events in \d{4}$/.exec(year.allText)?.[1]);
      expect(events).toHaveLength(total);
      expect(events.slice(0, YEAR_PREVIEW)).toEqual(year.events);
      // Back to the year on the whole timeline.
      await page.goto(new URL(year.all!, session.preview.origin).href);
      expect(
        await page.getByRole('link', { name: 'The whole timeline, by year' }).getAttribute('href'),
      ).toBe(`/timeline/#${year.id}`);
    }
    await page.close();
  });
});

describe('/data/ at national scale', () => {
  test('says where each recommendation’s feed is instead of listing them all', async () => {
    const html = await (await fetch(new URL('/data/', session.preview.origin))).text();
    const recommendations = (await readdir(join(content, 'recommendations'))).length;
    expect(html).not.toMatch(/href="\/recommendations\/[^"]+\/feed\.xml"/);
    expect(html.replace(/\s+/g, ' ')).toContain(
      `Each of the ${recommendations} recommendations has a feed of its own`,
    );
    expect(gzipSync(html).length).toBeLessThan(20_000);
  });
});
