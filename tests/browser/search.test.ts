/**
 * Search as a reader uses it, in headless Chromium against the built site: results as
 * you type, paragraph links that land on the paragraph with the words marked, filters,
 * searches that live in the URL, exact phrases, the page without JavaScript, the
 * keyboard, and what the first search costs to download.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '../support/browser-session';
import { axeViolations } from '../support/axe';
import { FIRST_RESULTS_PAGE } from '../../src/lib/search/result-pages';
import {
  eventually,
  openSearch as openSearchPage,
  resultFacts,
  resultTitles,
  showEveryResult,
  statusText,
  typeQuery,
} from '../support/search-page';

const RESPONSE_PATH = '/responses/pcc-response-ncpi-post-inspection-review-2023/';

const session = useBrowserSession();

const openSearch = (query = '') => openSearchPage(session, query);

/**
 * Opens the search page at an address with filters in it, without waiting for it, and
 * notes which files of filter ids (filter-ids.ts) it fetches to read them.
 */
async function openSearchNoting(query: string) {
  const page = await session.browser.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${session.preview.origin}/search/${query}`);
  return { page, filterIdFiles: () => fetched.filter((path) => path.includes('/filter-ids/')) };
}

describe('search', { timeout: 60_000 }, () => {
  test('"THRIVE" finds the PCC’s 2023 response and links to the paragraph that says it, highlighted', async () => {
    const page = await openSearch();
    await typeQuery(page, 'THRIVE');
    const result = page.locator('.search-result').first();
    await eventually(() =>
      result.locator('.search-result__title a').getAttribute('href'),
    ).toContain(RESPONSE_PATH);
    expect(await result.locator('.search-result__facts').textContent()).toBe(
      'Response · Office of the Police and Crime Commissioner for Wiltshire and Swindon · 2023',
    );
    expect(await result.locator('.search-result__excerpt mark').first().textContent()).toBe(
      'THRIVE',
    );

    const paragraphLink = result.locator('.search-result__paragraphs a').first();
    const href = (await paragraphLink.getAttribute('href')) ?? '';
    expect(href).toMatch(/\?highlight=THRIVE#p\d+$/);
    await paragraphLink.click();
    await page.waitForURL(/#p\d+$/);

    const anchor = new URL(page.url()).hash.slice(1);
    const paragraphWithThrive = await page
      .locator('.document-body [id^="p"]')
      .filter({ hasText: 'THRIVE' })
      .first()
      .getAttribute('id');
    expect(anchor).toBe(paragraphWithThrive);
    await expect
      .poll(() => page.locator(`#${anchor} mark.pagefind-highlight`).allTextContents())
      .toEqual(['THRIVE']);
    // What the reader copies from the address bar is the paragraph's permalink, without
    // the search words; the paragraph is still the one shaded.
    await eventually(() => page.url()).toBe(`${session.preview.origin}${RESPONSE_PATH}#${anchor}`);
    expect(await page.locator(`#${anchor}`).evaluate((element) => element.matches(':target'))).toBe(
      true,
    );
    await page.close();
  });

  test('a quote typed with a straight apostrophe is marked on the page, which prints a curly one', async () => {
    const page = await openSearch();
    await typeQuery(page, `"this hasn't been consistently provided"`);
    const paragraphLink = page.locator('.search-result__paragraphs a').first();
    expect(await paragraphLink.getAttribute('href')).toMatch(
      /^\/statements\/danny-kruger-ncpi-2022\/.*#p3$/,
    );
    await paragraphLink.click();
    await page.waitForURL(/#p3$/);
    await eventually(() => page.locator('#p3 mark.pagefind-highlight').allTextContents()).toEqual([
      'this hasn’t been consistently provided',
    ]);
    await page.close();
  });

  // Pagefind's highlighter marked a word inside longer words: the six "HMICFRS" on the
  // page a search for "HMIC" led to were marked as well as its one "HMIC".
  test('the page a result leads to marks whole words only, as the document prints them', async () => {
    const page = await openSearch();
    await typeQuery(page, 'HMIC');
    const paragraphLink = page.locator('.search-result__paragraphs a').first();
    expect(await paragraphLink.getAttribute('href')).toMatch(
      /^\/statements\/danny-kruger-ncpi-2022\/\?highlight=HMIC#p9$/,
    );
    await paragraphLink.click();
    await page.waitForURL(/#p9$/);
    await eventually(() => page.locator('mark.pagefind-highlight').allTextContents()).toEqual([
      'HMIC',
    ]);
    expect(await page.locator('.document-body').textContent()).toContain('HMICFRS');

    // A half-typed word marks the whole words the search matched.
    await page.goto(`${session.preview.origin}/search/?q=safeguar`);
    const link = page.locator('.search-result__paragraphs a[href*="#p3"]').first();
    await eventually(() => link.getAttribute('href')).toMatch(
      /^\/statements\/danny-kruger-ncpi-2022\//,
    );
    await link.click();
    await page.waitForURL(/#p3$/);
    await eventually(() => page.locator('#p3 mark.pagefind-highlight').allTextContents()).toEqual([
      'safeguarding',
    ]);
    await page.close();
  });

  // The glossary links "PCC" in the text: with marks kept within one element's text, the
  // phrase was found but nothing was marked on the page.
  test('a quoted phrase with a glossary term in it is marked on the page', async () => {
    const page = await openSearch();
    await typeQuery(page, '"PCC Philip Wilkinson responds"');
    const paragraphLink = page.locator('.search-result__paragraphs a').first();
    expect(await paragraphLink.getAttribute('href')).toMatch(
      /^\/statements\/danny-kruger-ncpi-2022\/.*#p2$/,
    );
    await paragraphLink.click();
    await page.waitForURL(/#p2$/);
    await eventually(() =>
      page
        .locator('#p2 mark.pagefind-highlight')
        .evaluateAll((marks) => marks.map((mark) => mark.textContent).join('')),
    ).toBe('PCC Philip Wilkinson responds');
    await page.close();
  });

  test('a reference with brackets is marked whole, its closing bracket too', async () => {
    const page = await openSearch();
    await typeQuery(page, '55(5A)');
    const paragraphLink = page.locator('.search-result__paragraphs a').first();
    await eventually(() => paragraphLink.getAttribute('href')).toMatch(
      /\?highlight=55%285A%29#p\d+$/,
    );
    await paragraphLink.click();
    await page.waitForURL(/#p\d+$/);
    await eventually(() =>
      page.locator('.document-body mark.pagefind-highlight').allTextContents(),
    ).toContain('55(5A)');
    await page.close();
  });

  // The title and the details list are written with no space between elements. When marks
  // could run across elements, the title's last word ran into "Type" after it
  // ("responseType"), and "Statement" into "Published", so neither was a whole word.
  test('words at the edges of the title and the details are marked', async () => {
    const page = await session.browser.newPage();
    const statement = `${session.preview.origin}/statements/danny-kruger-ncpi-2022/`;
    await page.goto(`${statement}?highlight=response`);
    await eventually(() => page.locator('h1 mark.pagefind-highlight').allTextContents()).toEqual([
      'response',
    ]);
    await page.goto(`${statement}?highlight=Statement`);
    await eventually(() =>
      page.locator('.metadata mark.pagefind-highlight').allTextContents(),
    ).toEqual(['Statement']);
    await page.close();
  });

  test('a name finds what that person wrote, though the text never names them', async () => {
    const page = await openSearch();
    await typeQuery(page, 'Jamie Hill');
    await eventually(() => resultTitles(page)).toEqual([
      'Improvements made to the way Wiltshire Police protects children',
    ]);
    // The name is in the page's details, not the article's words: the result says so
    // before showing them, so they are not quoted as the article's.
    const result = page.locator('.search-result').first();
    expect(await result.locator('.search-result__found-in').textContent()).toMatch(
      /^Found in its title or details .*, not in the document’s own words:$/,
    );
    expect(await result.locator('.search-result__excerpt').textContent()).toContain(
      'Author: Jamie Hill.',
    );
    await page.close();
  });

  test('a role in a result’s details is the one held then, as the page says', async () => {
    const page = await openSearch();
    await typeQuery(page, 'Devizes');
    const result = page.locator('.search-result').filter({ hasText: 'Danny Kruger' }).first();
    expect(await result.locator('.search-result__excerpt').textContent()).toContain(
      'then Member of Parliament for Devizes.',
    );
    await page.close();
  });

  test('words found in the document’s own text get no note about the details', async () => {
    const page = await openSearch();
    await typeQuery(page, 'THRIVE');
    await eventually(() => page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(await page.locator('.search-result__found-in').count()).toBe(0);
    await page.close();
  });

  test('a person’s name, an acronym or an organisation points to its page above the documents', async () => {
    // In a context of its own, which axe needs to inspect the page.
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${session.preview.origin}/search/`);
    await page.locator('#search-controls').waitFor({ state: 'visible' });
    const about = page.locator('#search-about');
    const aboutItems = () => about.locator('li').allTextContents();

    // No document names him, but his page is on the site.
    await typeQuery(page, 'pritchard');
    await eventually(() => aboutItems()).toEqual([
      'Person: Kier Pritchard, Chief Constable, Wiltshire Police, from 5 March 2018 to 26 February 2023',
    ]);
    expect(await about.getByRole('heading').textContent()).toBe(
      'Pages about what you searched for',
    );
    expect(await resultTitles(page)).toEqual([]);
    // Said in the status too, which a screen reader announces, instead of "check the spelling".
    expect(await statusText(page)).toBe(
      '0 documents found for “pritchard”. A page about Kier Pritchard is linked below.',
    );
    // His surname with other words still names him.
    await typeQuery(page, 'Pritchard 2023');
    await eventually(() => aboutItems()).toHaveLength(1);
    // A role finds who held it, and when: the journalist can tell who holds it now.
    await typeQuery(page, 'chief constable');
    await eventually(() => aboutItems()).toEqual([
      'Glossary: ACC, Assistant Chief Constable (search for these words)',
      'Person: Catherine Roper, Chief Constable, Wiltshire Police, from 27 February 2023',
      'Person: Kier Pritchard, Chief Constable, Wiltshire Police, from 5 March 2018 to 26 February 2023',
    ]);

    // Above the documents that mention the person, which are still listed.
    await typeQuery(page, 'Wilkinson');
    await eventually(() => aboutItems()).toEqual([
      'Person: Philip Wilkinson, Police and Crime Commissioner for Wiltshire and Swindon, from 2021',
    ]);
    expect(await resultTitles(page)).not.toEqual([]);
    const [aboutBox, results] = await Promise.all(
      [about, page.locator('#search-results')].map((part) => part.boundingBox()),
    );
    expect(aboutBox!.y + aboutBox!.height).toBeLessThanOrEqual(results!.y);

    await typeQuery(page, 'CAIT');
    await eventually(() => aboutItems()).toEqual([
      'Glossary: CAIT, Child Abuse Investigation Team (search for these words)',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    // No document writes "CAIT": they spell it out, and the box offers to search for that.
    expect(await resultTitles(page)).toEqual([]);
    await about.getByRole('link', { name: 'search for these words' }).click();
    await eventually(() => statusText(page)).toContain('for “Child Abuse Investigation Team”');
    await eventually(() => resultTitles(page)).toContain(
      'Improvements made to the way Wiltshire Police protects children',
    );
    expect(await aboutItems()).toEqual(['Glossary: CAIT, Child Abuse Investigation Team']);

    // A word in no name points nowhere.
    await typeQuery(page, 'children');
    await eventually(() => about.isVisible()).toBe(false);

    await typeQuery(page, 'Wiltshire Police');
    await eventually(() => aboutItems()).toEqual(['Organisation: Wiltshire Police, police force']);
    await about.getByRole('link', { name: 'Wiltshire Police' }).click();
    await page.waitForURL(/\/organisations\/wiltshire-police\/$/);
    expect(await page.locator('h1').textContent()).toBe('Wiltshire Police');
    await context.close();
  });

  test('a name with a typing slip that finds no document is offered as it is spelt', async () => {
    const page = await openSearch();
    const about = page.locator('#search-about');
    await typeQuery(page, 'Prichard');
    await eventually(() => about.locator('li').allTextContents()).toEqual([
      'Person: Kier Pritchard, Chief Constable, Wiltshire Police, from 5 March 2018 to 26 February 2023',
    ]);
    expect(await about.getByRole('heading').textContent()).toBe('Did you mean this?');
    expect(await resultTitles(page)).toEqual([]);
    expect(await statusText(page)).toBe(
      '0 documents found for “Prichard”. Did you mean Kier Pritchard? It is linked below.',
    );

    // A search that finds documents is left as it is, though it is a slip from a name.
    await typeQuery(page, 'Wilkinsons');
    await eventually(() => resultTitles(page)).not.toEqual([]);
    expect(await about.isVisible()).toBe(false);
    await page.close();
  });

  test('a glossary term found by search links to its entry, which is the page’s target', async () => {
    const page = await openSearch('?q=cse');
    const link = page.locator('#search-about').getByRole('link', { name: 'CSE' });
    await link.click();
    await page.waitForURL(/\/glossary\/#cse$/);
    expect(await page.locator('#cse').evaluate((element) => element.matches(':target'))).toBe(true);
    await page.close();
  });

  test('a result from one of our summaries says so, so its excerpt is not quoted as the report’s words', async () => {
    const page = await openSearch();
    await typeQuery(page, 'supervision');
    const report = page.locator('.search-result', {
      has: page.locator('.search-result__title a[href*="/reports/ncpi-wiltshire-2022/"]'),
    });
    await eventually(() => report.count()).toBe(1);
    expect(await report.locator('.search-result__facts').textContent()).toBe(
      "Report (our summary) · His Majesty's Inspectorate of Constabulary and Fire & Rescue Services · 5 August 2022",
    );
    await page.close();
  });

  test('a filter narrows the results to statements, with counts beside each choice', async () => {
    const page = await openSearch();
    await typeQuery(page, 'children');
    const everything = await resultTitles(page);
    await page.locator('.search-filters summary').click();
    const statementBox = page.getByRole('checkbox', { name: /^Statement/ });
    const label =
      (await page
        .locator('label', { has: page.locator('text=Statement') })
        .first()
        .textContent()) ?? '';
    const promised = Number(/\((\d+)\)/.exec(label)?.[1]);

    await statementBox.check();
    await eventually(() => new URL(page.url()).searchParams.getAll('type')).toEqual(['Statement']);
    await eventually(() => resultFacts(page)).not.toEqual([]);
    const facts = await resultFacts(page);
    expect(facts.length).toBe(promised);
    expect(facts.length).toBeLessThan(everything.length);
    for (const fact of facts) expect(fact).toMatch(/^Statement · /);
    expect(await statusText(page)).toContain(`${facts.length} document`);
    await page.close();
  });

  test('every order and filter choice is a box at least 24 px square, easy to tap on a phone', async () => {
    const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${session.preview.origin}/search/?q=children`);
    await page.locator('.search-filters summary').click();
    const boxes = page.locator('.search-sort input, .search-filters input[type="checkbox"]');
    await eventually(() => boxes.count()).toBeGreaterThan(10);
    const sizes = await boxes.evaluateAll((inputs) =>
      inputs.map((input) => {
        const { width, height } = input.getBoundingClientRect();
        return { id: input.id, width, height };
      }),
    );
    for (const { id, width, height } of sizes) {
      expect(Math.min(width, height), id).toBeGreaterThanOrEqual(24);
    }
    await page.close();
  });

  test('a shared filtered search keeps the results in sight and says how many filters apply', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 320, height: 640 },
    ]) {
      const page = await session.browser.newPage({ viewport });
      await page.goto(`${session.preview.origin}/search/?q=children&type=Report`);
      await eventually(() => resultFacts(page).then((facts) => facts.length)).toBeGreaterThan(0);
      expect(await page.locator('#search-filter-panel').getAttribute('open')).toBeNull();
      expect(await page.locator('.search-filters summary').textContent()).toMatch(/\(1 chosen\)$/);
      const firstResult = (await page.locator('.search-result').first().boundingBox())!;
      expect(firstResult.y, `${viewport.width} px`).toBeLessThan(viewport.height * 1.5);
      // Opened, the panel shows the filter ticked.
      await page.locator('.search-filters summary').click();
      await eventually(() => page.getByRole('checkbox', { name: /^Report/ }).isChecked()).toBe(
        true,
      );
      await page.close();
    }
  });

  test('on a phone, the first result shows on the first screen: the search tips fold once a search is shown', async () => {
    const phone = { width: 360, height: 740 };
    const tips = (page: Page) => page.locator('#search-help-panel');
    const firstTitleBottom = async (page: Page) => {
      const box = (await page.locator('.search-result__title').first().boundingBox())!;
      return box.y + box.height;
    };

    // A reader arriving to search sees the tips in full…
    const page = await session.browser.newPage({ viewport: phone });
    await page.goto(`${session.preview.origin}/search/`);
    await page.locator('#search-controls').waitFor({ state: 'visible' });
    expect(await page.locator('#search-help').isVisible()).toBe(true);
    // …and after Enter, the first result's title, not the tips, is on the first screen.
    await page.locator('#search-query').fill('missing children');
    await page.locator('#search-query').press('Enter');
    await eventually(() => resultTitles(page).then((titles) => titles.length)).toBeGreaterThan(0);
    expect(await page.locator('#search-help').isVisible()).toBe(false);
    expect(await firstTitleBottom(page)).toBeLessThanOrEqual(phone.height);
    // One tap opens them again.
    await tips(page).locator('summary').click();
    expect(await page.locator('#search-help').isVisible()).toBe(true);
    await page.close();

    // A shared search opens with them folded, and its input still has them as its description.
    const shared = await session.browser.newPage({ viewport: phone });
    await shared.goto(`${session.preview.origin}/search/?q=missing+children`);
    await eventually(() => resultTitles(shared).then((titles) => titles.length)).toBeGreaterThan(0);
    expect(await tips(shared).getAttribute('open')).toBeNull();
    expect(await firstTitleBottom(shared)).toBeLessThanOrEqual(phone.height);
    expect(await shared.locator('#search-query').getAttribute('aria-describedby')).toBe(
      'search-help',
    );
    await shared.close();
  });

  test('a shared filtered search names its filters, and one button clears them all', async () => {
    const page = await openSearch('?q=children&type=Statement&type=Response&year=2023');
    await eventually(() => statusText(page)).toMatch(
      /^\d+ documents? found for “children” with type “Statement” or “Response”, and year “2023”\.$/,
    );
    const filtered = await resultFacts(page);
    for (const fact of filtered) expect(fact).toMatch(/^(Statement|Response) · .*2023/);

    // The panel was never opened: the button clears what the address chose all the same.
    const clear = page.getByRole('button', { name: 'Clear the filters' });
    await clear.click();
    await eventually(() => new URL(page.url()).search).toBe('?q=children');
    await eventually(() => statusText(page)).toMatch(/^\d+ documents found for “children”\.$/);
    expect((await resultFacts(page)).length).toBeGreaterThan(filtered.length);
    expect(await clear.isHidden()).toBe(true);
    expect(await page.locator('.search-filters summary').textContent()).not.toContain('chosen');
    // The focus is not lost with the hidden button: it goes to the words, to search on.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    // Opened now, the panel has nothing ticked; and back brings the filters back.
    await page.locator('.search-filters summary').click();
    await eventually(() => page.getByRole('checkbox', { name: /^Statement/ }).count()).toBe(1);
    expect(await page.locator('.search-filters input:checked').count()).toBe(0);
    await page.goBack();
    await eventually(() => page.getByRole('checkbox', { name: /^Statement/ }).isChecked()).toBe(
      true,
    );
    expect(await clear.isVisible()).toBe(true);
    await page.close();
  });

  // The browser may keep no copy of the page, and reload it from its address: the reader
  // was back at the first five results, at the top.
  test('back from a result, the results shown before are shown again, where the reader was', async () => {
    const page = await session.browser.newPage({ viewport: { width: 400, height: 600 } });
    await page.goto(`${session.preview.origin}/search/?q=police`);
    await eventually(() => page.locator('.search-result').count()).toBe(5);
    await page.locator('#search-more').click();
    await eventually(() => page.locator('.search-result').count()).toBeGreaterThan(5);
    const shown = await page.locator('.search-result').count();
    const sixth = page.locator('.search-result__title a').nth(5);
    await sixth.scrollIntoViewIfNeeded();
    const scrollY = await page.evaluate(() => window.scrollY);
    expect(scrollY).toBeGreaterThan(0);
    await sixth.click();
    await page.waitForURL((url) => !url.pathname.startsWith('/search/'));
    // Reloaded, not restored whole: the page's script runs again from its address.
    await page.goBack({ waitUntil: 'load' });
    await eventually(() => page.locator('.search-result').count()).toBe(shown);
    await eventually(() => page.evaluate(() => window.scrollY)).toBe(scrollY);
    await page.close();
  });

  test('a shared filter in another case still applies; one the site does not have is left out, and said so', async () => {
    const page = await openSearch('?q=children&recommendation=Missing+Children&type=Old+kind');
    await eventually(() => statusText(page)).toMatch(
      /^Left out type “Old kind”: it is not on this site\. \d+ documents? found for “children” with recommendation “Missing children”\.$/,
    );
    expect(new URL(page.url()).search).toBe('?q=children&recommendation=Missing+children');
    expect(await resultTitles(page)).not.toEqual([]);
    await page.close();
  });

  test('a shared link whose only filter the site does not have says so, instead of a blank page', async () => {
    const page = await openSearch('?year=1999');
    await eventually(() => statusText(page)).toBe('Left out year “1999”: it is not on this site.');
    expect(await resultTitles(page)).toEqual([]);
    await page.close();
  });

  test('a shared filter written as the site writes ids in its data applies', async () => {
    const page = await openSearch('?q=children&theme=missing-children');
    await eventually(() => statusText(page)).toMatch(
      /^\d+ documents? found for “children” with theme “Missing children”\.$/,
    );
    expect(new URL(page.url()).search).toBe('?q=children&theme=Missing+children');
    await page.close();
  });

  test('an organisation named by its id in the open data filters by it, and the address then names it', async () => {
    const opcc = 'Office of the Police and Crime Commissioner for Wiltshire and Swindon';
    const { page, filterIdFiles } = await openSearchNoting('?organisation=opcc-wiltshire-swindon');
    // No words to match: listed newest first, and the status says so.
    await eventually(() => statusText(page)).toBe(
      `2 documents with organisation “${opcc}”, newest first.`,
    );
    expect(new URL(page.url()).search).toBe(`?${new URLSearchParams({ organisation: opcc })}`);
    // What the office's page lists: its response, and the MP's statement printing the
    // PCC's response in full, which names its author as who it is from.
    await eventually(() => resultFacts(page)).toEqual([
      `Response · ${opcc} · 2023`,
      'Statement · Danny Kruger · 5 August 2022',
    ]);
    await page.locator('.search-filters summary').click();
    await eventually(() => page.getByRole('checkbox', { name: opcc }).isChecked()).toBe(true);
    // One small file of ids was fetched, for the organisations alone.
    expect(filterIdFiles()).toEqual(['/search/filter-ids/organisation/0.json']);
    await page.close();
  });

  test('a recommendation named by its id applies; an id the site does not have is said to be left out', async () => {
    const { page, filterIdFiles } = await openSearchNoting(
      '?q=children&recommendation=ncpi-wiltshire-2023-missing-children&person=no-such-person',
    );
    await eventually(() => statusText(page)).toMatch(
      /^Left out person “no-such-person”: it is not on this site\. \d+ documents? found for “children” with recommendation “Missing children”\.$/,
    );
    expect(new URL(page.url()).search).toBe('?q=children&recommendation=Missing+children');
    expect(await resultTitles(page)).not.toEqual([]);
    expect(filterIdFiles().sort()).toEqual([
      '/search/filter-ids/person/0.json',
      '/search/filter-ids/recommendation/0.json',
    ]);
    await page.close();
  });

  // The fixture of tests/browser/withdrawn-document.test.ts has a withdrawn document, and the filter.
  test('with nothing withdrawn there is no Standing filter, and an address naming one is told so', async () => {
    const page = await openSearch('?q=children&standing=Not+withdrawn');
    await eventually(() => statusText(page)).toMatch(
      /^Left out standing “Not withdrawn”: it is not on this site\. \d+ documents found for “children”\.$/,
    );
    expect(new URL(page.url()).search).toBe('?q=children');
    expect(await page.locator('.search-filters summary').textContent()).not.toContain('chosen');
    await page.locator('.search-filters summary').click();
    const legends = page.locator('.search-filter legend');
    await eventually(() => legends.allTextContents()).toContain('Type');
    expect(await legends.allTextContents()).not.toContain('Standing');
    expect(await page.getByRole('checkbox', { name: /withdrawn/i }).count()).toBe(0);
    await page.close();
  });

  test('an address that names filters as the page does fetches no ids', async () => {
    const { page, filterIdFiles } = await openSearchNoting(
      '?q=children&organisation=wiltshire-police',
    );
    await eventually(() => statusText(page)).toMatch(
      / found for “children” with organisation “Wiltshire Police”\.$/,
    );
    expect(new URL(page.url()).search).toBe('?q=children&organisation=Wiltshire+Police');
    expect(filterIdFiles()).toEqual([]);
    await page.close();
  });

  test('a search in the URL shows the same results to whoever opens it, and back restores the previous one', async () => {
    const page = await openSearch();
    await typeQuery(page, 'children');
    const unfiltered = await resultTitles(page);
    await page.locator('.search-filters summary').click();
    await page.getByRole('checkbox', { name: /^Statement/ }).check();
    await page.getByRole('radio', { name: 'Oldest first' }).check();
    await eventually(() => new URL(page.url()).search).toBe(
      '?q=children&type=Statement&sort=oldest',
    );
    await eventually(() =>
      resultFacts(page).then((facts) => facts.every((fact) => fact.startsWith('Statement'))),
    ).toBe(true);
    const shared = page.url();

    // A colleague opens the link. Both pages are read on every try: the filter's results
    // can show before the sort's, so the sender's list may still be settling too.
    const colleague = await session.browser.newPage();
    await colleague.goto(shared);
    const bothLists = async () => ({
      sender: await resultTitles(page),
      colleague: await resultTitles(colleague),
    });
    await eventually(async () => {
      const lists = await bothLists();
      return lists.colleague.length > 0 && lists.colleague.join('\n') === lists.sender.join('\n');
    }).toBe(true);
    expect(await colleague.locator('#search-query').inputValue()).toBe('children');
    // The panel stays closed, the results in sight; opened, it shows the filter ticked.
    await colleague.locator('.search-filters summary').click();
    expect(await colleague.getByRole('checkbox', { name: /^Statement/ }).isChecked()).toBe(true);
    expect(await colleague.getByRole('radio', { name: 'Oldest first' }).isChecked()).toBe(true);
    await colleague.close();

    // Back undoes the sort, then the filter; forward brings them back.
    await page.goBack();
    await eventually(() => new URL(page.url()).search).toBe('?q=children&type=Statement');
    expect(await page.getByRole('radio', { name: 'Best match' }).isChecked()).toBe(true);
    await page.goBack();
    await eventually(() => new URL(page.url()).search).toBe('?q=children');
    await eventually(() => resultTitles(page)).toEqual(unfiltered);
    expect(await page.getByRole('checkbox', { name: /^Statement/ }).isChecked()).toBe(false);
    await page.goForward();
    await eventually(() =>
      resultFacts(page).then((facts) => facts.every((fact) => fact.startsWith('Statement'))),
    ).toBe(true);
    await page.close();
  });

  test('back steps through the searches typed one after another, not each pause in the typing', async () => {
    const page = await openSearch();
    const query = () => new URL(page.url()).searchParams.get('q');
    // Enter ends a search: the next one typed is another entry.
    await typeQuery(page, 'Sentinel');
    await page.locator('#search-query').press('Enter');
    await typeQuery(page, 'THRIVE');
    // Results read for a while: the next search typed is another entry too.
    await page.waitForTimeout(2_100);
    await typeQuery(page, 'precept');
    // Typing on straight away only changes that search.
    await typeQuery(page, 'precept funded');
    await page.goBack();
    await eventually(query).toBe('THRIVE');
    await eventually(() => statusText(page)).toContain('for “THRIVE”');
    await page.goBack();
    await eventually(query).toBe('Sentinel');
    await eventually(() => statusText(page)).toContain('for “Sentinel”');
    await page.goBack();
    await eventually(query).toBe(null);
    await page.goForward();
    await eventually(query).toBe('Sentinel');
    await page.close();
  });

  test('a short first page of results, then "Show more results" adds the rest and moves focus to them', async () => {
    const page = await openSearch('?q=Wiltshire');
    await eventually(() => resultTitles(page).then((titles) => titles.length)).toBe(
      FIRST_RESULTS_PAGE,
    );
    const total = Number(/(\d+) documents/.exec((await statusText(page)) ?? '')?.[1]);
    expect(total).toBeGreaterThan(FIRST_RESULTS_PAGE);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await eventually(() => resultTitles(page).then((titles) => titles.length)).toBe(total);
    expect(await page.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(false);
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toBe((await resultTitles(page))[FIRST_RESULTS_PAGE]);
    await page.close();
  });

  // From a journalist's audit: '"Wiltshire Police’s"' found 6, 4 of them not word for
  // word, and the status never said so, since it was written before the rest were shown.
  test('once "Show more results" has shown every result, the status says how many lack the quote word for word', async () => {
    const page = await openSearch('?q=%22Wiltshire+Police%E2%80%99s%22');
    await eventually(() => resultTitles(page).then((titles) => titles.length)).toBe(
      FIRST_RESULTS_PAGE,
    );
    expect(await statusText(page)).not.toContain('word for word');
    await showEveryResult(page);
    const inexact = await page.locator('.search-result__inexact').count();
    expect(inexact).toBeGreaterThan(0);
    await eventually(() => statusText(page)).toMatch(
      new RegExp(
        `^\\d+ documents found for "Wiltshire Police’s"\\. ${inexact} of them do not have the quoted words word for word\\.$`,
      ),
    );
    await page.close();
  });

  test('clicking "Show more results" twice before it loads adds each result once', async () => {
    const page = await openSearch('?q=Wiltshire');
    await eventually(() => resultTitles(page).then((titles) => titles.length)).toBe(
      FIRST_RESULTS_PAGE,
    );
    const total = Number(/(\d+) documents/.exec((await statusText(page)) ?? '')?.[1]);
    // Both clicks in one task, as an impatient double tap lands before any result loads.
    await page.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find(
        (candidate) => candidate.textContent === 'Show more results',
      );
      button?.click();
      button?.click();
    });
    await page.getByRole('button', { name: 'Show more results' }).waitFor({ state: 'hidden' });
    await page.waitForLoadState('networkidle');
    const links = await page
      .locator('.search-result__title a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.length).toBe(total);
    expect(new Set(links).size).toBe(total);
    await page.close();
  });

  test('newest first and oldest first put every result in the site’s date order', async () => {
    const addresses = async (sort: string) => {
      const page = await openSearch(`?q=Wiltshire&sort=${sort}`);
      await eventually(() => statusText(page)).toMatch(/documents found/);
      await showEveryResult(page);
      const hrefs = await page
        .locator('.search-result__title a')
        .evaluateAll((links) =>
          links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
        );
      await page.close();
      return hrefs;
    };
    const newest = await addresses('newest');
    expect(newest.length).toBeGreaterThan(FIRST_RESULTS_PAGE);
    // The order the build keeps: each page's sort date, then its address.
    const dated = await Promise.all(
      newest.map(async (address) => {
        const html = await (await fetch(`${session.preview.origin}${address}`)).text();
        return { address, date: /data-search-sort="date" value="([^"]+)"/.exec(html)?.[1] ?? '' };
      }),
    );
    expect(dated.every(({ date }) => /^\d{4}-\d{2}-\d{2}$/.test(date))).toBe(true);
    const inCodeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const expected = [...dated]
      .sort((a, b) => inCodeOrder(b.date, a.date) || inCodeOrder(b.address, a.address))
      .map(({ address }) => address);
    expect(newest).toEqual(expected);
    expect(await addresses('oldest')).toEqual([...expected].reverse());
  });

  test('with nothing typed, "Best match" waits for words, and a date order lists every document', async () => {
    const page = await openSearch();
    // Nothing is listed, so no order is shown as chosen; best match has nothing to rank.
    const bestMatch = page.getByRole('radio', { name: 'Best match (needs words)' });
    expect(await bestMatch.isDisabled()).toBe(true);
    expect(await page.locator('input[name="sort"]:checked').count()).toBe(0);

    await page.getByText('Newest first').click();
    await eventually(() => new URL(page.url()).search).toBe('?sort=newest');
    const { documents } = (await (
      await fetch(`${session.preview.origin}/data/documents.json`)
    ).json()) as { documents: { url: string; published: string }[] };
    await eventually(() => statusText(page)).toBe(
      `All ${documents.length} documents, newest first.`,
    );
    await showEveryResult(page, documents.length);
    const listed = await page
      .locator('.search-result__title a')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
    expect([...listed].sort()).toEqual(documents.map(({ url }) => new URL(url).pathname).sort());

    // Words typed next are ranked in the order the reader picked, which stays chosen.
    await typeQuery(page, 'THRIVE');
    expect(await page.getByRole('radio', { name: 'Newest first' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Best match', exact: true }).isEnabled()).toBe(
      true,
    );
    await page.close();
  });

  test('filters alone show "Newest first" as their order, and words typed next are ranked by best match', async () => {
    const page = await openSearch('?type=Statement');
    await eventually(() => statusText(page)).toMatch(
      /^\d+ documents with type “Statement”, newest first\.$/,
    );
    expect(await page.getByRole('radio', { name: 'Newest first' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Best match (needs words)' }).isDisabled()).toBe(
      true,
    );
    await typeQuery(page, 'Wiltshire');
    expect(await page.getByRole('radio', { name: 'Best match', exact: true }).isChecked()).toBe(
      true,
    );
    expect(new URL(page.url()).search).toBe('?q=Wiltshire&type=Statement');
    await page.close();
  });

  test('if the date order cannot load, the page says so rather than showing results out of order', async () => {
    const context = await session.browser.newContext();
    await context.route('**/search/date-order.json', (route) => route.fulfill({ status: 503 }));
    const page = await context.newPage();
    await page.goto(`${session.preview.origin}/search/?q=Wiltshire&sort=newest`);
    await eventually(() => statusText(page)).toBe(
      'The results could not be put in date order. Reload the page to try again.',
    );
    expect(await page.locator('.search-result').count()).toBe(0);
    // Best match needs no date order: the same search still works.
    await page.getByText('Best match').click();
    await eventually(() => statusText(page)).toMatch(/documents found for “Wiltshire”/);
    await context.close();
  });

  test('empty quotes are no search at all, and ask for the words to put between them', async () => {
    const page = await openSearch('?q=%22%22');
    await page.waitForLoadState('networkidle');
    await eventually(() => statusText(page)).toBe(
      'Type the words to find between the quotation marks.',
    );
    expect(await page.locator('#search-none').isVisible()).toBe(false);
    expect(await page.title()).toMatch(/^Search – /);
    await page.close();
  });

  test('symbols alone are said not to be searched, and a quotation mark left open is said to mark no phrase', async () => {
    const page = await openSearch('?q=%C2%A3');
    await eventually(() => statusText(page)).toBe(
      'Search finds words and numbers, not symbols on their own, so “£” was not searched: type a word or number.',
    );
    expect(await resultTitles(page)).toEqual([]);
    await typeQuery(page, '"domestic abuse children');
    expect(await statusText(page)).toMatch(
      /^\d+ documents? found for “"domestic abuse children”\. A quotation mark has no partner, so no phrase was searched for exactly: put the words between two quotation marks to match them word for word\.$/,
    );
    await page.close();
  });

  test('a phrase with "&" in it finds the documents that say it, and says how it was searched', async () => {
    const page = await openSearch();
    await typeQuery(page, '"Crime & Communications Centre"');
    await eventually(() =>
      page.locator('.search-result__title a').first().getAttribute('href'),
    ).toContain(RESPONSE_PATH);
    // The response says it word for word; a result with only "Communications Centre" and
    // "Crime" apart says it does not.
    const results = page.locator('.search-result');
    expect(await results.first().locator('.search-result__inexact').count()).toBe(0);
    const inexact = await page.locator('.search-result__inexact').count();
    expect(inexact).toBe((await results.count()) - 1);
    const notWordForWord =
      inexact === 0
        ? ''
        : ` ${inexact} of them ${inexact === 1 ? 'does' : 'do'} not have the quoted words word for word.`;
    expect(await statusText(page)).toMatch(
      new RegExp(
        `found for "Crime & Communications Centre"\\.${notWordForWord} Exact phrases cannot match “&”, so "Crime & Communications Centre" was searched as its parts, each exactly: "Crime" and "Communications Centre"\\.$`,
      ),
    );
    await page.close();
  });

  test('words in quotes match only that exact phrase', async () => {
    const page = await openSearch();
    await typeQuery(page, 'children missing');
    const loose = await resultTitles(page);
    expect(loose.length).toBeGreaterThan(0);

    await typeQuery(page, '"children missing"');
    await eventually(() => resultTitles(page)).toEqual([]);
    // Nothing found says what to try next, in the same live message.
    expect(await statusText(page)).toBe(
      '0 documents found for "children missing". Check the spelling, try other words or search without the double quotes, which match the exact words only.',
    );
    // …and offers the A–Z list as a link, with the tab titled as the status quotes it.
    const browse = page.locator('#search-none');
    expect(await browse.isVisible()).toBe(true);
    expect(await browse.getByRole('link', { name: 'A–Z list' }).getAttribute('href')).toBe(
      '/documents/',
    );
    expect(await page.title()).toMatch(/^"children missing" – Search/);

    await typeQuery(page, '"missing children"');
    await eventually(() => resultTitles(page).then((titles) => titles.length)).toBeGreaterThan(0);
    expect(await browse.isVisible()).toBe(false);
    for (const excerpt of await page
      .locator('.search-result > .search-result__excerpt')
      .allTextContents()) {
      expect(excerpt.toLowerCase()).toMatch(/missing children/);
    }
    expect(await page.locator('#search-help').textContent()).toContain('double quotes');
  });

  // Pagefind splits a word into parts only at ASCII punctuation ("2021/22" has "2021"), so
  // "2023–25", with an en dash, was one word, "202325", and a search for a year in it found
  // nothing (dashed-words.ts).
  test('a year finds the document naming it in a range with a dash, and the range in quotes is word for word', async () => {
    const page = await openSearch();
    const peel = page.locator('.search-result', { hasText: 'PEEL 2021/22: Wiltshire Police' });
    for (const year of ['2025', '"2023"']) {
      await typeQuery(page, year);
      await showEveryResult(page);
      await eventually(() => peel.count()).toBe(1);
    }
    // Its excerpt marks the range where the year is, as the report prints it.
    await typeQuery(page, '2025');
    await showEveryResult(page);
    await eventually(() => peel.locator('mark').first().textContent()).toMatch(/^2023–25/);
    expect((await peel.textContent()) ?? '').not.toMatch(/2023-–-25|25-2025|22-2022/);

    await typeQuery(page, '"2023–25"');
    await eventually(() => peel.count()).toBe(1);
    await eventually(() => peel.locator('mark').first().textContent()).toMatch(/^2023–25/);
    expect(await peel.locator('.search-result__inexact').count()).toBe(0);
    await eventually(() => statusText(page)).not.toContain('not word for word');
    // The heading it is in is linked by its published anchor.
    const links = await peel
      .locator('.search-result__where a')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => [
          anchor.textContent,
          new URL((anchor as HTMLAnchorElement).href).hash,
        ]),
      );
    expect(links).toContainEqual([
      'The later assessment: PEEL 2023–25',
      '#the-later-assessment-peel-202325',
    ]);
    await page.close();
  });

  test('a name in quotes that no document uses finds nothing, as the help says', async () => {
    // Without quotes Pagefind looks for the longest start of a word it does not have
    // ("andromeda" finds "and"), so the help tells a reader checking a name to quote it.
    const page = await openSearch();
    expect(await page.locator('#search-help').textContent()).toContain(
      'To check that a name appears at all, put it in quotes.',
    );
    await typeQuery(page, '"Andromeda"');
    await eventually(() => statusText(page)).toMatch(/^0 documents found for "Andromeda"\./);
    expect(await resultTitles(page)).toEqual([]);
    await typeQuery(page, '"Wilkinson"');
    await eventually(() => resultTitles(page).then((titles) => titles.length)).toBeGreaterThan(0);
    await page.close();
  });

  // Pagefind matches a phrase by its words alone: across a full stop and a paragraph break
  // ("…children in Wiltshire." ends ¶2 of the MP's statement, "Mr Wilkinson said" opens ¶3).
  test('a result without the quoted words word for word says so, and so does the status', async () => {
    const page = await openSearch();
    await typeQuery(page, '"children in Wiltshire Mr Wilkinson said"');
    await eventually(() => resultTitles(page).then((titles) => titles.length)).toBe(1);
    await eventually(() => statusText(page)).toBe(
      '1 document found for "children in Wiltshire Mr Wilkinson said". It has the quoted words, but not word for word.',
    );
    // A new paragraph starts at "Mr": no one wording of the phrase is offered.
    expect(await page.locator('.search-result__inexact').allTextContents()).toEqual([
      '"children in Wiltshire Mr Wilkinson said" is not in this document word for word: its words are here, but with other punctuation or word endings, or split by a break such as a new paragraph.',
    ]);
    // The same words with the full stop, as the statement has them, are word for word.
    await typeQuery(page, '"children in Wiltshire. Mr Wilkinson said"');
    await eventually(() => statusText(page)).toBe(
      '1 document found for "children in Wiltshire. Mr Wilkinson said".',
    );
    expect(await page.locator('.search-result__inexact').count()).toBe(0);
    await page.close();
  });

  test('a quote missing only a comma is shown as the document prints it; other word endings are not', async () => {
    const page = await openSearch();
    await typeQuery(page, '"inspection took place this report"');
    await eventually(() => page.locator('.search-result__inexact').allTextContents()).toEqual([
      '"inspection took place this report" is not in this document word for word: it prints these words as “inspection took place, this report”.',
    ]);
    // "inspections" is not a word the document prints: no wording is offered for it.
    await typeQuery(page, '"inspections took place this report"');
    await eventually(() => page.locator('.search-result__inexact').allTextContents()).toEqual([
      '"inspections took place this report" is not in this document word for word: its words are here, but with other punctuation or word endings, or split by a break such as a new paragraph.',
    ]);
    await page.close();
  });

  // Pagefind ends a heading or list item with a full stop of its own; excerpts beside
  // verbatim quotes showed "What still needs focus. missing children." as if written so.
  test('excerpts add no punctuation: a heading or list item ends with a slash, and a phrase does not run across one', async () => {
    const page = await openSearch();
    await typeQuery(page, '"understanding demand and resources"');
    await eventually(() => resultTitles(page).then((titles) => titles.length)).toBeGreaterThan(0);
    const excerpts = (await page.locator('.search-result__excerpt').allTextContents()).join(' ');
    expect(excerpts).toContain('involving children / understanding demand and resources /');
    expect(excerpts).not.toMatch(/resources\./);
    // The heading and the list item after it are two blocks, not one phrase.
    await typeQuery(page, '"needs focus missing children"');
    await eventually(() => statusText(page)).toMatch(/^0 documents found/);
    await page.close();
  });

  test('a word typed without quotes that no document has is said to be missing, not found', async () => {
    const page = await openSearch();
    await typeQuery(page, 'Andromeda');
    // Pagefind still lists documents with a word that begins the same way ("and")…
    await eventually(() => resultTitles(page).then((titles) => titles.length)).toBeGreaterThan(0);
    // …and the status says the word itself is in none of them.
    await eventually(() => statusText(page)).toMatch(
      /^\d+ documents? found for “Andromeda”\. No document has the word “Andromeda”: these have words that begin the same way\.$/,
    );
    // A word that is there, under another ending, is not called missing; no document has
    // both, so the results have one or the other, and the status says so.
    await typeQuery(page, 'adults Wilkinson');
    await eventually(() => statusText(page)).toMatch(
      /^[1-9]\d* documents? found for “adults Wilkinson”\. No document has all of these words: these have some of them\.$/,
    );
    await page.close();
  });

  // Pagefind places only a phrase's first match, which in this statement is in its
  // byline: the result listed none of the paragraphs that say it.
  test('words in quotes list every paragraph that says them', async () => {
    const statement = await session.browser.newPage();
    await statement.goto(`${session.preview.origin}/statements/danny-kruger-ncpi-2022/`);
    const saying = await statement
      .locator('.document-body [id^="p"]')
      .evaluateAll((blocks) =>
        blocks
          .filter((block) => /child\s+protection/i.test(block.textContent ?? ''))
          .map((block) => `Paragraph ${block.id.slice(1)}`),
      );
    expect(saying.length).toBeGreaterThan(1);
    await statement.close();

    const page = await openSearch();
    await typeQuery(page, '"child protection"');
    const result = page.locator('.search-result', { hasText: 'Danny Kruger' }).first();
    await eventually(() => result.locator('.search-result__where a').allTextContents()).toEqual(
      saying.slice(0, 5),
    );
    await page.close();
  });

  // A box offered without JavaScript took words it could never search for, and lost them.
  test('without JavaScript, no search box is offered, and the search page leads to the lists', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.preview.origin}${RESPONSE_PATH}`);
    expect(await page.getByRole('search').filter({ visible: true }).count()).toBe(0);
    expect(await page.getByRole('searchbox').filter({ visible: true }).count()).toBe(0);

    // A search link shared or bookmarked still arrives at the search page.
    await page.goto(`${session.preview.origin}/search/?q=THRIVE`);
    expect(await page.getByRole('searchbox').filter({ visible: true }).count()).toBe(0);
    const message = page.locator('.search-needs-js').filter({ visible: true });
    expect(await message.count()).toBe(1);
    expect(await message.textContent()).toContain('Search needs JavaScript');
    expect(await message.getByRole('link').allTextContents()).toEqual([
      'A–Z list of documents',
      'recommendations',
      'people',
      'organisations',
      'glossary',
    ]);
    await message.getByRole('link', { name: 'A–Z list of documents' }).click();
    await page.waitForURL(/\/documents\/$/);
    const titles = await page.locator('.document-list a').allTextContents();
    expect(titles).toContain(
      'Response of the Police and Crime Commissioner of Wiltshire and Swindon to the HMICFRS report: National Child Protection Inspection Post-Inspection Review April 2023',
    );
    expect(titles).toEqual(
      [...titles].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })),
    );
    await context.close();
  });

  // The test build splits the index into shards of two documents. A shard none of whose
  // documents has a word matches the start of it ("in" for "inadequate"), which the page
  // must not list as a match.
  test('lists only documents that have each word some document has, whichever shard they are in', async () => {
    const page = await openSearch();
    for (const query of ['inadequate', 'appropriate adult']) {
      await typeQuery(page, query);
      const links = await page
        .locator('.search-result__title a')
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      expect(links.length, query).toBeGreaterThan(0);
      expect(await statusText(page)).toMatch(new RegExp(`^${links.length} documents? found`));
      for (const link of links) {
        const text = (await (await fetch(link)).text()).toLowerCase();
        for (const word of query.split(' ')) expect(text, `${link} for ${word}`).toContain(word);
      }
    }
    // The force's statement says neither: before, "inadequate" listed it for its "in".
    expect(await resultTitles(page)).not.toContain(
      'Improvements made to the way Wiltshire Police protects children',
    );
    // One word is asked in quotes, so the filters count the same documents.
    await typeQuery(page, 'inadequate');
    await page.locator('.search-filters summary').click();
    const typeCounts = page.locator('fieldset', { hasText: 'Type' }).locator('label');
    await eventually(() => typeCounts.count()).toBeGreaterThan(0);
    const counted = (await typeCounts.allTextContents())
      .map((label) => Number(/\((\d+)\)/.exec(label)?.[1] ?? 0))
      .reduce((sum, count) => sum + count, 0);
    expect(counted).toBe((await resultTitles(page)).length);
    await page.close();
  });

  // From a journalist's audit: 'safeguarding Wiltshire' listed 3 documents, the panel
  // offered 'Response (1)', and ticking it gave none. A shard without one of the words
  // matched the response by the start of that word, and Pagefind counted it.
  test('a filter’s count is what ticking it shows, for several words and phrases, whichever shard they are in', async () => {
    const page = await openSearch();
    await page.locator('.search-filters summary').click();
    const typeLabels = page.locator('fieldset', { hasText: 'Type' }).locator('label');
    const countsShown = async () =>
      Object.fromEntries(
        (await typeLabels.allTextContents()).map((label) => {
          const [, value = '', count = ''] = /^(.*) \((\d+)\)$/.exec(label.trim()) ?? [];
          return [value, Number(count)];
        }),
      );
    const typesListed = async () => {
      const tally: Record<string, number> = { Report: 0, Statement: 0, Response: 0 };
      for (const fact of await resultFacts(page)) {
        // "Report (our summary) · …": a summary is counted under its document's type.
        const type = (fact.split(' · ')[0] ?? '').replace(/ \(our summary\)$/, '');
        tally[type] = (tally[type] ?? 0) + 1;
      }
      return tally;
    };
    let counted = {};
    for (const query of [
      'safeguarding Wiltshire',
      '"domestic abuse" children',
      'appropriate adult',
      // No document has all three: the results are gathered word by word.
      'training supervision detective',
    ]) {
      await typeQuery(page, query);
      await showEveryResult(page);
      const listed = await typesListed();
      expect(
        Object.values(listed).some((count) => count > 0),
        query,
      ).toBe(true);
      await expect.poll(countsShown, { timeout: 15_000, message: query }).toEqual(listed);
      counted = listed;
    }
    // Ticked, a value's group is counted without it: the other types still count true.
    await page.getByRole('checkbox', { name: /^Report \(/ }).check();
    await eventually(() => new URL(page.url()).searchParams.getAll('type')).toEqual(['Report']);
    await eventually(countsShown).toEqual(counted);
    await page.close();
  });

  test('when the search index cannot load, the page says so and leads to the A–Z list', async () => {
    const page = await session.browser.newPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await page.goto(`${session.preview.origin}/search/`);
    const message = page.locator('#search-needs-js');
    await eventually(() => message.textContent()).toMatch(
      /^\s*Search could not load in this browser\./,
    );
    expect(await message.isVisible()).toBe(true);
    expect(await page.locator('.search-needs-js').filter({ visible: true }).count()).toBe(1);
    expect(await message.getByRole('link', { name: 'A–Z list of documents' }).count()).toBe(1);
    expect(await page.locator('#search-controls').isVisible()).toBe(false);
    await page.close();
  });

  test('works from the keyboard: Tab reaches the box, arrows move through results, the count is announced', async () => {
    const page = await openSearch();
    let steps = 0;
    while (
      steps < 15 &&
      (await page.evaluate(() => document.activeElement?.id)) !== 'search-query'
    ) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.type('THRIVE');
    await eventually(() => statusText(page)).toBe('1 document found for “THRIVE”.');
    expect(await page.locator('#search-status').getAttribute('aria-live')).toBe('polite');

    await page.keyboard.press('ArrowDown');
    expect(
      await page.evaluate(() => document.activeElement?.closest('.search-result__title') !== null),
    ).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(
      /#p\d+$/,
    );
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');

    // Plain Tab also reaches the results, after the order and filter controls.
    let tabs = 0;
    while (
      tabs < 20 &&
      !(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null))
    ) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect(
      await page.evaluate(() => document.activeElement?.closest('.search-result__title') !== null),
    ).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${RESPONSE_PATH}\\?highlight=THRIVE$`));
    await page.close();
  });

  test('works under a strict Content Security Policy: no inline code, WebAssembly allowed', async () => {
    const policy = [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
    ].join('; ');
    const context = await session.browser.newContext();
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': policy },
      });
    });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${session.preview.origin}/search/?q=THRIVE`);
    await eventually(() => statusText(page)).toBe('1 document found for “THRIVE”.');
    await page.locator('.search-result__paragraphs a').first().click();
    await eventually(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    // A request still in flight when the context closes would reject in the route handler
    // (after the test, as an unhandled error): stop routing first, and let those go.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  });

  test('the first search downloads at most 150 KB, of which the page’s own script is at most 11.5 KB', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const sizes: { url: string; bytes: number }[] = [];
    // Bodies are read after the response arrives; on a busy machine some were still being
    // read when the network went idle, and went uncounted.
    const reading: Promise<void>[] = [];
    page.on('response', (response) => {
      reading.push(
        (async () => {
          const body = await response.body().catch(() => Buffer.alloc(0));
          // What a host that compresses its responses (as static hosts do) sends; files already compressed stay as they are.
          sizes.push({ url: response.url(), bytes: Math.min(body.length, gzipSync(body).length) });
        })(),
      );
    });
    await page.goto(`${session.preview.origin}/search/`);
    await page.locator('#search-controls').waitFor({ state: 'visible' });
    // The whole word in one input event, so exactly one search runs: typed a letter at a
    // time, a pause longer than the page's typing pause on a busy machine searches for a
    // prefix too, and that search's results would be counted as this one's.
    await page.locator('#search-query').fill('THRIVE');
    await eventually(() => statusText(page)).toContain('for “THRIVE”');
    await page.waitForLoadState('networkidle');
    await Promise.all(reading);
    const total = sizes.reduce((sum, entry) => sum + entry.bytes, 0);
    const ownScript = sizes
      .filter(
        (entry) => new URL(entry.url).pathname.startsWith('/_astro/') && entry.url.endsWith('.js'),
      )
      .reduce((sum, entry) => sum + entry.bytes, 0);
    expect(sizes.some((entry) => entry.url.includes('/pagefind/'))).toBe(true);
    // What the bench's payload model counts (src/cli/bench/output-stats.ts): no filter
    // index until the filter panel is opened, no web worker, one fragment per result shown.
    const fetched = (part: string) => sizes.filter((entry) => entry.url.includes(part));
    expect(fetched('/filter/')).toEqual([]);
    expect(fetched('pagefind-worker')).toEqual([]);
    expect(fetched('/fragment/').length).toBe(await page.locator('.search-result').count());
    expect(fetched('/fragment/').length).toBeLessThanOrEqual(FIRST_RESULTS_PAGE);
    // And the one file of pages about names with a word starting with the search's letter.
    expect(fetched('/search/about/').map((entry) => new URL(entry.url).pathname)).toEqual([
      '/search/about/t.json',
    ]);
    expect(ownScript).toBeGreaterThan(0);
    // 9.6 KB until the search gathered the results of words no document has all of, told
    // a word's places from longer words', and matched words joined by a dash (10.6 KB);
    // 11.1 KB once it kept the reader's place for Back; 11.4 KB once the order control
    // showed the order listed, and a result said when its words are only in its details
    // and how it prints a quote it has with other punctuation. What no first search needs (the filter panel, date order,
    // the stemmer) loads apart.
    expect(ownScript).toBeLessThanOrEqual(11.5 * 1024);
    expect(total).toBeLessThanOrEqual(150 * 1024);
    console.info(
      `First search: ${(total / 1024).toFixed(1)} KB in ${sizes.length} responses; own script ${(ownScript / 1024).toFixed(1)} KB.`,
    );

    // Sorting by date is what loads the site's date order, once.
    expect(fetched('date-order')).toEqual([]);
    await page.getByText('Newest first').click();
    await eventually(() => fetched('date-order').length).toBe(1);
    await page.getByText('Oldest first').click();
    await eventually(() => page.url()).toContain('sort=oldest');
    await page.waitForLoadState('networkidle');
    expect(fetched('date-order').length).toBe(1);

    // Opening the filter panel is what loads the filters, with their counts.
    await page.locator('.search-filters summary').click();
    await eventually(() => fetched('/filter/').length).toBeGreaterThan(0);
    await eventually(() =>
      page.getByRole('checkbox', { name: /^Statement \(\d+\)$/ }).count(),
    ).toBe(1);
    await context.close();
  });
});
