/**
 * The site also works under a sub-path (BASE_PATH): search loads its index (every
 * shard of it) and its labels by id from there, and its results and paragraph links
 * stay inside it.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { buildFixture, type FixtureBuild } from '../support/build-fixture';

let build: FixtureBuild;

beforeAll(async () => {
  // Index shards too: the merged ones must also load from, and link within, /sub/.
  build = await buildFixture('content', { BASE_PATH: '/sub/', SEARCH_SHARD_SIZE: '2' });
  if (build.code !== 0) throw new Error(`The build under /sub/ failed:\n${build.output}`);
}, 120_000);

afterAll(async () => {
  if (build) await rm(build.outDir, { recursive: true, force: true });
});

const session = useBrowserSession(() => ({ dir: join(build.outDir, 'dist'), base: '/sub/' }));

test('search under /sub/ finds documents and links to their paragraphs under /sub/', async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.preview.url}search/?q=THRIVE`);
  const link = page.locator('.search-result__paragraphs a').first();
  await link.waitFor({ timeout: 15_000 });
  expect(await link.getAttribute('href')).toMatch(
    /^\/sub\/responses\/pcc-response-ncpi-post-inspection-review-2023\/\?highlight=THRIVE#p\d+$/,
  );
  await link.click();
  await expect
    .poll(() => page.locator('mark.pagefind-highlight').allTextContents(), { timeout: 15_000 })
    .toEqual(['THRIVE']);
  await page.close();
});

test('under /sub/, an organisation named by its id in the address is found from there', async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.preview.url}search/?organisation=opcc-wiltshire-swindon`);
  await expect
    .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
    .toMatch(
      /^\d+ documents? with organisation “Office of the Police and Crime Commissioner for Wiltshire and Swindon”, newest first\.$/,
    );
  const address = new URL(page.url());
  expect(address.pathname).toBe('/sub/search/');
  expect(address.searchParams.get('organisation')).toBe(
    'Office of the Police and Crime Commissioner for Wiltshire and Swindon',
  );
  await page.close();
});
