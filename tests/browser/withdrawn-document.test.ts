/**
 * A withdrawn document's page, its list and the recommendation quoting it, in a real
 * browser: axe finds no WCAG 2.2 AA violation, and the notice is a region a screen
 * reader lists by its heading, above the document's words; a search result for it says
 * it was withdrawn.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/browser-session';
import { buildFixture, removeAll, type FixtureBuild } from '../support/build-fixture';
import { WITHDRAWN, withdrawnFixture } from '../support/withdrawn-fixture';
import { join } from 'node:path';

let content: string;
let build: FixtureBuild;

beforeAll(async () => {
  content = await withdrawnFixture();
  build = await buildFixture(content, { SOCIAL_CARDS: 'site' });
  if (build.code !== 0) throw new Error(`The fixture did not build:\n${build.output}`);
}, 240_000);

afterAll(async () => {
  await removeAll(...[content, build?.outDir].filter((dir): dir is string => Boolean(dir)));
});

const session = useBrowserSession(() => ({ dir: join(build.outDir, 'dist') }));

test('the withdrawn page, its list and the recommendation quoting it pass axe', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of [
    WITHDRAWN.path,
    '/statements/',
    `/recommendations/${WITHDRAWN.recommendation}/`,
  ]) {
    await page.goto(new URL(path, session.preview.origin).href);
    for (const violation of await axeViolations(page)) problems.push(`${path}: ${violation}`);
  }
  expect(problems).toEqual([]);

  await page.goto(new URL(`${WITHDRAWN.path}#p2`, session.preview.origin).href);
  const notice = page.getByRole('region', { name: 'This document has been withdrawn' });
  await expect(notice.textContent()).resolves.toContain('Withdrawn on 5 March 2024:');
  const noticeTop = (await notice.boundingBox())?.y ?? Infinity;
  const firstParagraph = (await page.locator('#p1').boundingBox())?.y ?? -Infinity;
  expect(noticeTop).toBeLessThan(firstParagraph);
  await context.close();
});

test('a search result for the withdrawn document says it was withdrawn, and a current one does not', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  // Every statement: the fixture's own and the withdrawn one.
  await page.goto(new URL('/search/?type=Statement', session.preview.origin).href);
  const withdrawn = page.locator('.search-result', { hasText: WITHDRAWN.title });
  await expect
    .poll(() => withdrawn.locator('.search-result__withdrawn').textContent())
    .toBe('Withdrawn on 5 March 2024.');
  const results = await page.locator('.search-result').count();
  expect(results).toBeGreaterThan(1);
  expect(await page.locator('.search-result__withdrawn').count()).toBe(1);
  await context.close();
});

test('the Standing filter lists only the withdrawn document, or leaves it out, and the address keeps it', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  const titles = () => page.locator('.search-result__title').allTextContents();
  const status = () => page.locator('#search-status').textContent();
  await page.goto(new URL('/search/', session.preview.origin).href);
  await page.locator('.search-filters summary').click();
  const withdrawn = page.getByRole('checkbox', { name: 'Withdrawn (1)' });
  await withdrawn.waitFor();
  const standing = page.getByRole('group', { name: 'Standing' });
  expect(await standing.getByRole('checkbox').count()).toBe(2);
  // axe with the panel open, the new group in it.
  expect(await axeViolations(page)).toEqual([]);

  // "What did the force take back?"
  await withdrawn.check();
  await expect.poll(() => new URL(page.url()).search).toBe('?standing=Withdrawn');
  await expect.poll(titles).toEqual([WITHDRAWN.title]);
  await expect.poll(status).toBe('1 document with standing “Withdrawn”.');
  expect(await page.locator('.search-filters summary').textContent()).toMatch(/\(1 chosen\)$/);

  // A resident leaves it out.
  const notWithdrawn = standing.getByRole('checkbox', { name: /^Not withdrawn \(\d+\)$/ });
  const label = await standing.locator('label', { hasText: 'Not withdrawn' }).textContent();
  const promised = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
  await withdrawn.uncheck();
  await notWithdrawn.check();
  await expect.poll(() => new URL(page.url()).search).toBe('?standing=Not+withdrawn');
  await expect
    .poll(status)
    .toMatch(/^\d+ documents with standing “Not withdrawn”, newest first\.$/);
  const current = await titles();
  expect(current.length).toBeGreaterThan(1);
  expect(current).not.toContain(WITHDRAWN.title);
  expect(await page.locator('.search-result__withdrawn').count()).toBe(0);
  expect(current.length).toBe(promised);
  await context.close();
});

test('an address names the Standing filter in any case; opened from it, the filter is ticked', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('/search/?standing=withdrawn', session.preview.origin).href);
  await expect.poll(() => new URL(page.url()).search).toBe('?standing=Withdrawn');
  await expect
    .poll(() => page.locator('.search-result__title').allTextContents())
    .toEqual([WITHDRAWN.title]);
  // A shared address keeps the panel closed; its summary counts the filter.
  expect(await page.locator('#search-filter-panel').getAttribute('open')).toBeNull();
  expect(await page.locator('.search-filters summary').textContent()).toMatch(/\(1 chosen\)$/);
  await page.locator('.search-filters summary').click();
  await expect
    .poll(() => page.getByRole('checkbox', { name: 'Withdrawn (1)' }).isChecked())
    .toBe(true);
  expect(await page.getByRole('checkbox', { name: /^Not withdrawn/ }).isChecked()).toBe(false);
  await context.close();
});
