// WCAG 2.2 AA in a real browser: axe finds no violations on any built page, and the
// policy lets every page load without a console error (a blocked script or stylesheet
// shows up there as a Content Security Policy violation).
import { axeViolations } from '../support/axe';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { builtPages, sitePathBase, type BuiltPage } from '../support/built-site';

const session = useBrowserSession({ base: sitePathBase() });
let context: BrowserContext;
let pages: BuiltPage[];

beforeAll(async () => {
  [context, pages] = await Promise.all([session.browser.newContext(), builtPages()]);
});
afterAll(async () => {
  await context?.close();
});
describe('every built page', () => {
  it('has no WCAG 2.2 A or AA violations (axe) and no console errors', async () => {
    expect(pages.length).toBeGreaterThan(1);
    const problems: string[] = [];
    for (const builtPage of pages) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      const url = session.preview.origin + builtPage.url;
      await page.goto(url);
      for (const violation of await axeViolations(page))
        problems.push(`${builtPage.url}: ${violation}`);
      // The 404 page is served with status 404 on purpose; Chromium logs that as an error.
      const unexpected = errors.filter(
        (text) => !(builtPage.file === '404.html' && /status of 404/.test(text)),
      );
      problems.push(...unexpected.map((text) => `${builtPage.url}: console error: ${text}`));
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 240_000);
});
