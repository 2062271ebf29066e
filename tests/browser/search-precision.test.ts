/**
 * What a journalist's search finds and shows, in headless Chromium against the built
 * site: several phrases at once, every paragraph a word is in, excerpts from the
 * document's own words, quotes pasted with dashes, and nothing found in the site's own
 * notes. What each should find is read from the built pages, not written down here.
 */
import { describe, expect, test } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import {
  eventually,
  openSearch,
  resultTitles,
  showEveryResult,
  statusText,
  typeQuery,
} from '../support/search-page';

const session = useBrowserSession();

const STATEMENT_PATH = '/statements/improvements-wiltshire-police-protects-children-2023/';
const RESPONSE_PATH = '/responses/pcc-response-ncpi-post-inspection-review-2023/';

/** The document pages of the site, from its A–Z list. */
async function documentPaths(): Promise<string[]> {
  const page = await session.browser.newPage();
  await page.goto(`${session.preview.origin}/documents/`);
  const paths = await page
    .locator('.document-list a')
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
  await page.close();
  return paths;
}

/** The numbered blocks (`#p6`) of a document page whose text matches `pattern`. */
async function paragraphsSaying(path: string, pattern: RegExp): Promise<string[]> {
  const page = await session.browser.newPage();
  await page.goto(`${session.preview.origin}${path}`);
  const ids = await page
    .locator('.document-body [id^="p"]')
    .evaluateAll(
      (blocks, source) =>
        blocks
          .filter((block) => new RegExp(source, 'i').test(block.textContent ?? ''))
          .map((block) => block.id),
      pattern.source,
    );
  await page.close();
  return ids;
}

/** The paragraph ids a result links to, by the result's document path. */
const linkedParagraphs = (page: import('playwright-core').Page, path: string) =>
  page
    .locator('.search-result', { has: page.locator(`.search-result__title a[href^="${path}"]`) })
    .locator('.search-result__where a')
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).hash.slice(1)),
    );

describe('search precision', { timeout: 60_000 }, () => {
  test('two quoted phrases find the documents that have both, not nothing', async () => {
    const having: string[] = [];
    for (const path of await documentPaths()) {
      const both = await Promise.all([
        paragraphsSaying(path, /missing\s+children/),
        paragraphsSaying(path, /domestic\s+abuse/),
      ]);
      if (both.every((ids) => ids.length > 0)) having.push(path);
    }
    expect(having.length).toBeGreaterThan(0);
    const page = await openSearch(session);
    await typeQuery(page, '"missing children" "domestic abuse"');
    const found = await page
      .locator('.search-result__title a')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
    expect(found.sort()).toEqual(having.sort());
    expect(await statusText(page)).toMatch(
      new RegExp(`^${having.length} documents? found for "missing children" "domestic abuse"\\.`),
    );
    await page.close();
  });

  // Asked of Pagefind in quotes, one word gave its first place only: the response listed
  // no paragraph, its first "HMICFRS" being in its heading.
  test('one word without quotes lists every paragraph that has it', async () => {
    const saying = await paragraphsSaying(RESPONSE_PATH, /\bHMICFRS\b/);
    expect(saying.length).toBeGreaterThan(1);
    const page = await openSearch(session);
    await typeQuery(page, 'HMICFRS');
    await eventually(() => linkedParagraphs(page, RESPONSE_PATH)).toEqual(
      expect.arrayContaining(saying.slice(0, 3)),
    );
    await page.close();
  });

  // Without quotes Pagefind also matches words that begin the same way: "HMIC" listed the
  // paragraphs saying "HMICFRS", and "investment" those saying "investigating".
  test('one word without quotes lists only the paragraphs with that word, not longer ones', async () => {
    const page = await openSearch(session);
    for (const [word, pattern] of [
      ['HMIC', /\bHMIC\b/],
      // Its other endings count, as Pagefind matches a word in quotes: "invested", "invest".
      ['investment', /\binvest(?:s|ed|ing|ments?)?\b/i],
    ] as const) {
      const saying = new Map<string, string[]>();
      for (const path of await documentPaths()) {
        const ids = await paragraphsSaying(path, pattern);
        if (ids.length > 0) saying.set(path, ids);
      }
      expect(saying.size, word).toBeGreaterThan(0);
      await typeQuery(page, word);
      for (const [path, ids] of saying)
        await eventually(() => linkedParagraphs(page, path)).toEqual(ids);
    }
    await page.close();
  });

  // Pagefind, asked for words no document has all of, listed only some of the documents
  // with some of them: "training supervision detective" left out both reports.
  test('words no document has all of list every document with any of them', async () => {
    const words = ['training', 'supervision', 'detective'];
    const having: string[] = [];
    for (const path of await documentPaths()) {
      const found = await Promise.all(
        words.map((word) => paragraphsSaying(path, new RegExp(`\\b${word}\\b`))),
      );
      if (found.some((ids) => ids.length > 0)) having.push(path);
    }
    expect(having.length).toBeGreaterThan(3);
    const page = await openSearch(session);
    await typeQuery(page, words.join(' '));
    await eventually(() => statusText(page)).toMatch(/No document has all of these words/);
    await showEveryResult(page);
    const found = await page
      .locator('.search-result__title a')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
    expect(found.sort()).toEqual(having.sort());
    await page.close();
  });

  test('an excerpt shows the document’s own words where they match, not its title and byline', async () => {
    const page = await openSearch(session);
    await typeQuery(page, 'missing children');
    const excerpt = page
      .locator('.search-result', { has: page.locator(`a[href^="${STATEMENT_PATH}"]`) })
      .locator('.search-result__excerpt')
      .first();
    await eventually(() => excerpt.locator('mark').allTextContents()).toEqual(
      expect.arrayContaining(['missing', 'children']),
    );
    expect(await excerpt.textContent()).not.toMatch(/Type: |Published: |From: /);
    await page.close();
  });

  test('a quote pasted with a dash in it lists the paragraph that says it, and marks it', async () => {
    const quote = 'across the organisation – from our call handlers';
    const saying = await paragraphsSaying(
      STATEMENT_PATH,
      /across the organisation – from our call handlers/,
    );
    expect(saying).toHaveLength(1);
    const page = await openSearch(session);
    await typeQuery(page, `"${quote}"`);
    await eventually(() => linkedParagraphs(page, STATEMENT_PATH)).toEqual(saying);
    const marked = await page
      .locator('.search-result', { has: page.locator(`a[href^="${STATEMENT_PATH}"]`) })
      .locator('.search-result__excerpt mark')
      .allTextContents();
    expect(marked.join(' ')).toBe('across the organisation from our call handlers');
    await page.close();
  });

  test('the site’s own notes are not searched as a document’s words', async () => {
    const page = await openSearch(session);
    // The review's page has a note on its date quoting The Link; only the statement says it.
    await typeQuery(page, '"have now published"');
    expect(await resultTitles(page)).toEqual([
      'Improvements made to the way Wiltshire Police protects children',
    ]);
    await typeQuery(page, '"see all updates"');
    expect(await statusText(page)).toMatch(/^0 documents found/);
    await page.close();
  });

  test('a phrase does not run from a table’s header row into its first cell', async () => {
    const page = await openSearch(session);
    await typeQuery(page, '"Case files Good"');
    expect(await statusText(page)).toMatch(/^0 documents found/);
    await page.close();
  });

  // The search page writes names into its address, so a shared link names the person.
  test('a shared link to a person no document is listed under says so, by id or by name', async () => {
    for (const named of ['kier-pritchard', 'Kier+Pritchard']) {
      const page = await openSearch(session, `?person=${named}`);
      await eventually(() => statusText(page)).toBe(
        'No document on this site is listed under person “Kier Pritchard” yet: that filter was left out.',
      );
      await page.close();
    }
  });
});
