// The page's frame as a reader sees it in Chromium, on a wide screen and on a phone. Each
// test is a fault found by looking at the built pages: the main text sat 16 px to the right
// of the header's, the footer floated halfway up a short page, and on a phone the
// recommendations table's caption was cut off at the screen's edge.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { builtPages, sitePathBase } from '../support/built-site';
import { templatePages, type TemplatePage } from '../support/page-templates';

const session = useBrowserSession({ base: sitePathBase() });
let templates: TemplatePage[];

beforeAll(async () => {
  templates = templatePages(await builtPages());
});

async function open(path: string, width: number, height = 900): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width, height } });
  await page.goto(session.preview.url + path);
  return page;
}

/** The left edge of the first element matching `selector`, in CSS pixels. */
const leftOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().left);

describe('the frame of every template', () => {
  it('gives every link in the header and footer a 24 px target on a phone (WCAG 2.5.8)', async () => {
    for (const template of templates) {
      const page = await open(template.path, 360);
      // The menu's links too, and its button: open, as a reader taps them.
      await page.locator('.site-menu summary').click();
      const small = await page
        .locator('.site-header a, .site-header summary, .site-footer a')
        .evaluateAll((links) =>
          links
            // Not the wide screen's row of the menu, which a phone does not show at all.
            .filter((link) => link.checkVisibility())
            .map((link) => ({ text: link.textContent?.trim(), box: link.getBoundingClientRect() }))
            .filter(({ box }) => box.height < 24 || box.width < 24)
            .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
        );
      expect(small, template.path).toEqual([]);
      await page.close();
    }
  });

  it.each([1280, 1600])(
    'lines up the main text with the header and footer at %i px',
    async (width) => {
      for (const template of templates) {
        const page = await open(template.path, width);
        const header = await leftOf(page, '.site-name');
        expect(Math.abs((await leftOf(page, 'main h1')) - header), template.path).toBeLessThan(1);
        expect(
          Math.abs((await leftOf(page, '.site-footer p')) - header),
          template.path,
        ).toBeLessThan(1);
        await page.close();
      }
    },
  );

  it('puts the footer at the bottom of the window on a short page', async () => {
    const notFound = templates.find((template) => template.template === '404')!;
    const page = await open(notFound.path, 1280, 1200);
    const { footerBottom, windowHeight, pageHeight } = await page.evaluate(() => ({
      footerBottom: document.querySelector('.site-footer')!.getBoundingClientRect().bottom,
      windowHeight: window.innerHeight,
      pageHeight: document.documentElement.scrollHeight,
    }));
    expect(Math.abs(footerBottom - windowHeight)).toBeLessThan(1);
    // Pinned by growing the main content, not by overlaying it: the page does not scroll.
    expect(pageHeight).toBe(windowHeight);
    await page.close();
  });
});

describe('the recommendations table on a phone', () => {
  it('shows its whole caption, and breaks report titles only between words', async () => {
    const page = await open('recommendations/', 375);
    const caption = await page.locator('caption').evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const text = range.getBoundingClientRect();
      return { left: text.left, right: text.right, window: window.innerWidth };
    });
    expect(caption.left).toBeGreaterThanOrEqual(0);
    expect(caption.right).toBeLessThanOrEqual(caption.window);
    // Each line of a report title's link, as laid out: none may start with a letter cut
    // from a word or with the colon that ends one ("inspection" / ": Wiltshire").
    const lineStarts = await page.locator('tbody td a').evaluateAll((links) =>
      links.flatMap((link) => {
        const text = link.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        const starts: string[] = [];
        let lastTop = Number.NEGATIVE_INFINITY;
        const range = document.createRange();
        for (let index = 0; index < (text.textContent ?? '').length; index += 1) {
          range.setStart(text, index);
          range.setEnd(text, index + 1);
          const top = range.getBoundingClientRect().top;
          if (top > lastTop + 1) {
            starts.push((text.textContent ?? '').slice(Math.max(0, index - 1), index + 1));
            lastTop = top;
          }
        }
        return starts.slice(1);
      }),
    );
    expect(lineStarts.length).toBeGreaterThan(0);
    // A line begins after a space or a hyphen ("post-" / "inspection"), never mid-word.
    for (const start of lineStarts) expect(start, JSON.stringify(start)).toMatch(/^[\s-]/);
    await page.close();
  });
});

describe('the open data page on a phone', () => {
  it('folds its field references under summaries that open from the keyboard', async () => {
    const page = await open('data/', 360);
    const folds = page.locator('details.field-list-fold');
    expect(await folds.count()).toBe(3);
    expect(await page.locator('.field-list dt').first().isVisible()).toBe(false);
    await folds.first().locator('summary').focus();
    await page.keyboard.press('Enter');
    const fields = folds.first().locator('dt');
    expect(await fields.first().isVisible()).toBe(true);
    expect(await folds.first().locator('summary').textContent()).toBe(
      `All ${await fields.count()} fields, and what each holds`,
    );
    await page.close();
  });
});

describe('the header', () => {
  it('shows which section the page is in, as it tells screen readers', async () => {
    const page = await open('recommendations/', 1280);
    const weights = await page
      .locator('.site-nav--wide a')
      .evaluateAll((links) =>
        links.map((link) => [link.getAttribute('aria-current'), getComputedStyle(link).fontWeight]),
      );
    expect(weights.filter(([current]) => current === 'page')).toEqual([['page', '700']]);
    expect(
      weights.filter(([current]) => current !== 'page').every(([, weight]) => weight === '400'),
    ).toBe(true);
    await page.close();
  });
});

describe('the menu on a phone', () => {
  const SECTIONS = ['Reports', 'Statements', 'Responses', 'Recommendations', 'Timeline'];

  it('is behind a "Menu" button that opens without JavaScript, and shows one menu at a time', async () => {
    const context = await session.browser.newContext({
      viewport: { width: 360, height: 740 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${session.preview.url}recommendations/`);
    const menus = page.getByRole('navigation', { name: 'Menu' });
    expect(await menus.count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    const button = page.getByRole('group').getByText('Menu');
    expect(await button.textContent()).toBe('Menu');
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await menus.count()).toBe(1);
    expect(await menus.getByRole('link').allTextContents()).toEqual(SECTIONS);
    expect(
      await menus.getByRole('link', { name: 'Recommendations' }).getAttribute('aria-current'),
    ).toBe('page');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reports');
    await context.close();
  });

  it('is a row of links on a wide screen, with no button', async () => {
    const page = await open('recommendations/', 1024);
    const menus = page.getByRole('navigation', { name: 'Main' });
    expect(await menus.count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Menu' }).count()).toBe(0);
    expect(await menus.getByRole('link').allTextContents()).toEqual(SECTIONS);
    expect(await page.locator('.site-menu summary').isVisible()).toBe(false);
    await page.close();
  });
});

describe('the header at 400% zoom', () => {
  // A 1280 × 1024 window zoomed to 400% is 320 × 256 CSS pixels. With the search button
  // below its box, the header took 219 of them: the page began off the first screen.
  it('keeps the search button beside its box, leaving the page on the first screen', async () => {
    const page = await open('statements/danny-kruger-ncpi-2022/', 320, 256);
    const search = page.getByRole('search', { name: 'Site' });
    const [box, button] = await Promise.all([
      search.getByRole('searchbox').boundingBox(),
      search.getByRole('button', { name: 'Search' }).boundingBox(),
    ]);
    expect(button!.y).toBeLessThan(box!.y + box!.height);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(256 * 0.7);
    expect(await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top)).toBeLessThan(
      256,
    );
    await page.close();
  });
});

describe('a briefing on a phone', () => {
  it('leaves where the recommendation stands at least half the width', async () => {
    const page = await open(
      'recommendations/ncpi-wiltshire-2022-voice-of-the-child/briefing/',
      360,
    );
    const row = page.locator('.briefing-status tr').first();
    const [heading, value] = await Promise.all([
      row.locator('th').boundingBox(),
      row.locator('td').boundingBox(),
    ]);
    expect(value!.width).toBeGreaterThanOrEqual(heading!.width);
    await page.close();
  });
});
