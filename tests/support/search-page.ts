/**
 * The search page as the browser tests drive it: opened, typed into like a person, and
 * read back (status line, results).
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { BrowserSession } from './browser-session';

/** Waits for the page to catch up: Pagefind loads and searches asynchronously, and this machine may be busy. */
export const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

/** Opens `/search/` (with `query`, an address's `?…`) once its controls are shown. */
export async function openSearch(session: BrowserSession, query = ''): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`${session.preview.origin}/search/${query}`);
  await page.locator('#search-controls').waitFor({ state: 'visible' });
  return page;
}

/** Types like a person and waits for the announced result count. */
export async function typeQuery(page: Page, text: string): Promise<void> {
  await page.locator('#search-query').fill('');
  await page.locator('#search-query').pressSequentially(text, { delay: 20 });
  // A phrase typed in quotes is shown in its own quotes, any other query in curly ones.
  const shown = /^".*"$/.test(text) ? text : `“${text}”`;
  await eventually(() => page.locator('#search-status').textContent()).toContain(`for ${shown}`);
}

export const statusText = (page: Page) => page.locator('#search-status').textContent();
export const resultTitles = (page: Page) => page.locator('.search-result__title').allTextContents();
export const resultFacts = (page: Page) => page.locator('.search-result__facts').allTextContents();

/**
 * Presses "Show more results" until every result the status counts (or `total`) is listed,
 * waiting for each press to add results before the next: the button stays visible while a
 * page loads, so pressing whenever it is visible races its hiding after the last page.
 */
export async function showEveryResult(page: Page, total?: number): Promise<void> {
  total ??= Number(/^(\d+) documents?/.exec((await statusText(page)) ?? '')?.[1]);
  const more = page.getByRole('button', { name: 'Show more results' });
  while ((await resultTitles(page)).length < total) {
    const before = (await resultTitles(page)).length;
    await more.click();
    await eventually(async () => (await resultTitles(page)).length).toBeGreaterThan(before);
  }
}
