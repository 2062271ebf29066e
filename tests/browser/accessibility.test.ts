// WCAG 2.2 AA in a real browser: axe finds no violations on any built page, and the
// policy lets every page load without a console error (a blocked script or stylesheet
// shows up there as a Content Security Policy violation).
//
// The pages are checked in groups, each with its own time limit: one test over every page
// took 140 s of its 240 on a quiet machine, and timed out on a busy one.
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

/** The violations and console errors of one page, each prefixed with its address. */
async function problemsOn(builtPage: BuiltPage): Promise<string[]> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(session.preview.origin + builtPage.url);
  const problems = (await axeViolations(page)).map((violation) => `${builtPage.url}: ${violation}`);
  // The 404 page is served with status 404 on purpose; Chromium logs that as an error.
  const unexpected = errors.filter(
    (text) => !(builtPage.file === '404.html' && /status of 404/.test(text)),
  );
  problems.push(...unexpected.map((text) => `${builtPage.url}: console error: ${text}`));
  await page.close();
  return problems;
}

/** Groups of pages by the folder they are built in; the last takes every page left. */
const GROUPS: { name: string; folders: string[] }[] = [
  { name: 'document', folders: ['reports', 'statements', 'responses'] },
  { name: 'recommendation', folders: ['recommendations'] },
  { name: 'organisation and person', folders: ['organisations', 'people'] },
];
const folderOf = (page: BuiltPage) => page.file.split('/')[0] ?? '';
const inGroup = (page: BuiltPage, folders: string[]) => folders.includes(folderOf(page));

describe('every built page', () => {
  const check = async (chosen: BuiltPage[]) => {
    expect(chosen.length).toBeGreaterThan(1);
    const problems: string[] = [];
    for (const page of chosen) problems.push(...(await problemsOn(page)));
    expect(problems).toEqual([]);
  };
  for (const { name, folders } of GROUPS) {
    it(`every ${name} page has no WCAG 2.2 A or AA violations (axe) and no console errors`, async () => {
      await check(pages.filter((page) => inGroup(page, folders)));
    }, 240_000);
  }
  it('every other page (home, lists, search, glossary, timeline, data, 404…) has none either', async () => {
    const grouped = GROUPS.flatMap(({ folders }) => folders);
    await check(pages.filter((page) => !inGroup(page, grouped)));
  }, 240_000);
});
