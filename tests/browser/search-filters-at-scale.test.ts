/**
 * The search filters when a group is long, as on a national site: a made-up corpus
 * (the bench's generator, 40 documents: 64 recommendations, over 80 organisations) built
 * and searched in headless Chromium. A long group shows a few values and a box to find
 * the others; what is ticked stays shown, ticked and focused.
 */
import { axeViolations } from '../support/axe';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { writeCorpus } from '../../src/cli/bench/corpus';
import { SHORT_GROUP_SIZE } from '../../src/lib/search/long-filter-groups';
import { useBrowserSession } from '../support/browser-session';
import { buildFixture, removeAll, type FixtureBuild } from '../support/build-fixture';

let content: string;
let build: FixtureBuild;
/** Titles of the recommendations some document addresses: the group's values. */
let addressed: string[];

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'national-'));
  await writeCorpus(content, 40);
  addressed = await addressedTitles(content);
  build = await buildFixture(content);
  if (build.code !== 0) throw new Error(`The national fixture did not build:\n${build.output}`);
}, 240_000);

afterAll(async () => {
  await removeAll(...[content, build?.outDir].filter((dir): dir is string => Boolean(dir)));
});

const session = useBrowserSession(() => ({ dir: join(build.outDir, 'dist') }));

/** The titles of the recommendations that documents in `content` address. */
async function addressedTitles(content: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const folder of ['responses', 'statements']) {
    for (const file of await readdir(join(content, folder))) {
      const text = await readFile(join(content, folder, file), 'utf8');
      for (const [, id] of text.matchAll(/<Addresses recommendation="([^"]+)">/g)) ids.add(id!);
    }
  }
  const titles = await Promise.all(
    [...ids].map(async (id) => {
      const yaml = await readFile(join(content, 'recommendations', `${id}.yaml`), 'utf8');
      return JSON.parse(/^title: (.*)$/m.exec(yaml)![1]!) as string;
    }),
  );
  return [...new Set(titles)].sort();
}

const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

async function openFilters(query = ''): Promise<Page> {
  // A context of its own, which axe needs to inspect the page.
  const page = await (await session.browser.newContext()).newPage();
  await page.goto(`${session.preview.url}search/${query}`);
  await page.locator('#search-controls').waitFor({ state: 'visible' });
  if (!(await page.locator('#search-filter-panel').evaluate((panel) => panel.hasAttribute('open'))))
    await page.locator('.search-filters summary').click();
  await page.getByRole('group', { name: 'Recommendation' }).waitFor();
  return page;
}

const recommendationGroup = (page: Page) => page.getByRole('group', { name: 'Recommendation' });
const shownValues = (page: Page) =>
  recommendationGroup(page).locator('.search-filter__value').allTextContents();
const findBox = (page: Page) =>
  recommendationGroup(page).getByRole('searchbox', { name: 'Find a recommendation' });
const checkbox = (page: Page, title: string) =>
  recommendationGroup(page).getByRole('checkbox', { name: new RegExp(`^${title} \\(\\d+\\)$`) });

/** Opens the filters and picks a value the group does not show until it is found. */
async function openWithHiddenValue(): Promise<{ page: Page; title: string }> {
  const page = await openFilters();
  await eventually(() => recommendationGroup(page).getByRole('checkbox').count()).toBe(
    SHORT_GROUP_SIZE,
  );
  const shown = await shownValues(page);
  const title = addressed.find((value) => !shown.includes(value));
  if (!title) throw new Error('Every recommendation is shown: the fixture needs more.');
  return { page, title };
}

describe('a long filter group', { timeout: 60_000 }, () => {
  test('shows a few values, says how many there are, and finds the others by their words', async () => {
    expect(addressed.length).toBeGreaterThan(SHORT_GROUP_SIZE);
    const { page, title } = await openWithHiddenValue();
    expect(await recommendationGroup(page).getByRole('status').textContent()).toBe(
      `${SHORT_GROUP_SIZE} of ${addressed.length} recommendations: those with the most results. Type to find others.`,
    );
    expect(await shownValues(page)).not.toContain(title);

    await findBox(page).fill(title.toLowerCase());
    await eventually(() => shownValues(page)).toContain(title);
    // With its count of results, like every value.
    expect(await checkbox(page, title).count()).toBe(1);
    for (const value of await shownValues(page)) {
      for (const word of title.toLowerCase().split(' '))
        expect(value.toLowerCase()).toContain(word);
    }
    await page.close();
  });

  test('a value found and ticked narrows the search, and stays ticked, shown and focused', async () => {
    const { page, title } = await openWithHiddenValue();
    await findBox(page).fill(title);
    const box = checkbox(page, title);
    await box.focus();
    await page.keyboard.press('Space');
    await eventually(() => new URL(page.url()).searchParams.getAll('recommendation')).toEqual([
      title,
    ]);
    await eventually(() => page.locator('#search-status').textContent()).toMatch(
      new RegExp(`^\\d+ documents? with recommendation “${title}”(?:, newest first)?\\.$`),
    );
    expect(await box.isChecked()).toBe(true);
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);

    // Clearing the box leaves the ticked value first among those shown.
    await findBox(page).fill('');
    await eventually(async () => (await shownValues(page))[0]).toBe(title);
    expect(await box.isChecked()).toBe(true);

    // The same search opened from its link shows the value ticked.
    const shared = await openFilters(new URL(page.url()).search);
    await eventually(() => checkbox(shared, title).isChecked()).toBe(true);
    await Promise.all([page.close(), shared.close()]);
  });

  test('has no WCAG 2.2 A or AA violations with the filters open and a value found', async () => {
    const { page, title } = await openWithHiddenValue();
    await findBox(page).fill(title);
    await eventually(() => shownValues(page)).toContain(title);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
