/**
 * Moved addresses in a real browser: a made-up site (tests/fixtures/permalinks/) whose
 * statement was renamed and whose paragraph 9 is now paragraph 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { buildPermalinkFixture, type PermalinkBuild } from '../support/permalinks-fixture';

let build: PermalinkBuild;

beforeAll(async () => {
  build = await buildPermalinkFixture();
  if (build.code !== 0) throw new Error(build.output);
}, 180_000);
afterAll(async () => {
  await build?.remove();
});

const session = useBrowserSession(() => ({ dir: build.dist }));

describe('aliases', () => {
  it('send the old page address to the new page', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.preview.origin}/statements/old-name/`);
    await page.waitForURL(`${session.preview.origin}/statements/example-statement/`);
    expect(await page.locator('h1').textContent()).toBe('An example statement');
    await page.close();
  });

  it('land an old paragraph anchor on the same words', async () => {
    const page = await session.browser.newPage({ viewport: { width: 800, height: 300 } });
    await page.goto(`${session.preview.origin}/statements/example-statement/#p9`);
    const top = await page
      .locator('#p2')
      .evaluate((element) => element.getBoundingClientRect().top);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(Math.abs(top)).toBeLessThan(40);
    await page.close();
  });
});
