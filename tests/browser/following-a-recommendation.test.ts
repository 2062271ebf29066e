/**
 * A reader following a recommendation in a real browser: the table on a phone, one click
 * from a recommendation to the paragraph that speaks to it and back, and no accessibility
 * violations axe can find on the tracker's pages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserSession } from '../support/browser-session';

const session = useBrowserSession();

async function open(path: string, width = 1024): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), session.preview.url).href);
  return page;
}

describe('the recommendations table on a 320px phone', () => {
  test('fits the screen, row by row: nothing to scroll sideways, on the page or in the table', async () => {
    const page = await open('/recommendations/', 320);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      table: document.querySelector('.recommendations-table')!.getBoundingClientRect().right,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.table).toBeLessThanOrEqual(widths.viewport);
    await page.context().close();
  });
});

describe('one click from a recommendation to the paragraph, and back', () => {
  test('a quoted paragraph opens the document at that paragraph, which links back', async () => {
    const page = await open('/recommendations/ncpi-wiltshire-2023-missing-children/');
    const link = page.locator('.marked-paragraphs a').filter({ hasText: 'Response of the Police' });
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
    const fragment = new URL(page.url()).hash.slice(1);
    expect(fragment).toMatch(/^p\d+$/);
    await expect(
      page.evaluate((id) => document.getElementById(id)?.matches(':target'), fragment),
    ).resolves.toBe(true);

    const back = page.locator(`.addresses:has(#${fragment}) .addresses-note a`, {
      hasText: 'Missing children',
    });
    await back.click();
    await page.waitForURL(/\/recommendations\/ncpi-wiltshire-2023-missing-children\/$/);
    await page.context().close();
  });
});
