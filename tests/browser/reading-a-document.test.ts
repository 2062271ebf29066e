/**
 * A resident's path through the site, in a real browser: from the home page to a
 * document, to its original source; and the same by keyboard alone.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '../support/browser-session';
import { contrast } from '../support/contrast';

const session = useBrowserSession();

async function newPage(): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width: 1024, height: 800 } });
  return context.newPage();
}

describe('home → document → source', () => {
  test('a reader follows the latest statement to its original', async () => {
    const page = await newPage();
    await page.goto(session.preview.url);
    await expect(page.locator('h1').textContent()).resolves.toBe('Child Protection Accountability');

    await page
      .getByRole('link', {
        name: 'Improvements made to the way Wiltshire Police protects children',
      })
      .first()
      .click();
    await page.waitForURL(/\/statements\/improvements-wiltshire-police-protects-children-2023\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Improvements made to the way Wiltshire Police protects children',
    );

    const source = page.locator('dl.metadata a[rel="external"]');
    await expect(source.getAttribute('href')).resolves.toBe(
      'https://www.swindonlink.com/news/police-cchildrens-report/',
    );
    await page.context().close();
  });
});

describe('keyboard only', () => {
  test('the first Tab reaches the skip link, and Tab after it goes on in the main content', async () => {
    const page = await newPage();
    await page.goto(session.preview.url);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to main content',
    );
    await expect(page.locator('.skip-link').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const firstInMain = await page.evaluate(
      () => document.querySelector('main')!.querySelector('a[href], button, input')?.outerHTML,
    );
    await expect(page.evaluate(() => document.activeElement?.outerHTML)).resolves.toBe(firstInMain);
    await page.context().close();
  });

  // With tabindex="-1" on <main> (for the skip link), a click in the text focused <main>
  // itself, and Tab went back to the first link at its top.
  test('Tab after a click in a paragraph goes to the next link after it', async () => {
    const page = await newPage();
    await page.goto(
      `${session.preview.origin}/statements/improvements-wiltshire-police-protects-children-2023/`,
    );
    await page.locator('#p2').scrollIntoViewIfNeeded();
    const paragraph = (await page.locator('#p2').boundingBox())!;
    await page.mouse.click(paragraph.x + 5, paragraph.y + 5);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(
      '#p2',
    );
    await page.context().close();
  });

  test('a reader reaches a document with Tab and Enter, and every stop shows a focus ring', async () => {
    const page = await newPage();
    await page.goto(session.preview.url);
    const target = 'Response of the Police and Crime Commissioner';
    for (let presses = 0; presses < 40; presses += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          text: element.textContent ?? '',
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
        };
      });
      expect(focused.outline, `no focus ring on "${focused.text}"`).not.toBe('none');
      expect(focused.width).toBeGreaterThanOrEqual(2);
      if (focused.text.startsWith(target)) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/responses\/pcc-response-ncpi-post-inspection-review-2023\/$/);
    await page.context().close();
  });
});

/** What each paragraph link on a page shows, and whether it is readable where it is drawn. */
async function paragraphMarks(page: Page) {
  return page.locator('.paragraph-link').evaluateAll((links) =>
    links.map((element) => {
      // The nearest background that is painted; the canvas behind them all is white.
      let background = 'rgb(255, 255, 255)';
      for (let node: Element | null = element; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) {
          background = colour;
          break;
        }
      }
      const box = element.getBoundingClientRect();
      return {
        href: element.getAttribute('href'),
        mark: getComputedStyle(element, '::before').content,
        visible:
          getComputedStyle(element).display !== 'none' &&
          Number(getComputedStyle(element).opacity) === 1 &&
          box.left >= 0 &&
          box.right <= innerWidth,
        colour: getComputedStyle(element).color,
        background,
      };
    }),
  );
}

// Readers cite "paragraph 7", and the number was only in a link's address and its label
// for screen readers: the ¶ showed on hover, and never in print.
describe('each paragraph shows its number', () => {
  test.each([
    ['a desktop', { viewport: { width: 1280, height: 800 } }, 'screen'],
    ['a narrow window', { viewport: { width: 800, height: 800 } }, 'screen'],
    [
      'a phone',
      { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
      'screen',
    ],
    ['print', { viewport: { width: 700, height: 900 } }, 'print'],
  ] as const)(
    'on %s, as "¶ N" beside it, at 4.5:1 contrast or more (WCAG 1.4.3)',
    async (_name, options, media) => {
      const context = await session.browser.newContext(options);
      const page = await context.newPage();
      await page.emulateMedia({ media });
      await page.goto(`${session.preview.url}statements/danny-kruger-ncpi-2022/`);
      const marks = await paragraphMarks(page);
      expect(marks.length).toBeGreaterThan(5);
      for (const { href, mark, visible, colour, background } of marks) {
        expect(mark).toBe(`"¶\u00a0${href?.replace('#p', '')}"`);
        expect(visible, href ?? '').toBe(true);
        expect(contrast(colour, background), href ?? '').toBeGreaterThanOrEqual(4.5);
      }
      await context.close();
    },
  );
});

// A paragraph link marks the paragraph it leads to; printed, that mark would read as a
// reader's own highlighting of the evidence.
describe('the paragraph a link leads to', () => {
  test.each([
    ['on screen', 'screen', true],
    ['not in print', 'print', false],
  ] as const)('is marked %s', async (_name, media, marked) => {
    const page = await newPage();
    await page.emulateMedia({ media });
    await page.goto(`${session.preview.url}statements/danny-kruger-ncpi-2022/#p3`);
    const style = await page.locator('#p3').evaluate((element) => {
      const { backgroundColor, outlineStyle } = getComputedStyle(element);
      return { backgroundColor, outlineStyle };
    });
    const plain = { backgroundColor: 'rgba(0, 0, 0, 0)', outlineStyle: 'none' };
    if (marked) expect(style).not.toEqual(plain);
    else expect(style).toEqual(plain);
    await page.context().close();
  });

  // An abbreviation in a document links to its glossary entry; the last entries cannot
  // reach the top of the window, so without a mark the reader cannot tell which is theirs.
  test.each([
    ['on screen', 'screen', true],
    ['not in print', 'print', false],
  ] as const)('is marked %s on the glossary, term and definition', async (_name, media, marked) => {
    const page = await newPage();
    await page.emulateMedia({ media });
    await page.goto(`${session.preview.url}glossary/#thrive`);
    const style = await page
      .locator('#thrive, #thrive + dd')
      .evaluateAll((elements) =>
        elements.map((element) => getComputedStyle(element).backgroundColor),
      );
    const rule = await page
      .locator('#thrive, #thrive + dd')
      .evaluateAll((elements) =>
        elements.map((element) => getComputedStyle(element).borderLeftStyle),
      );
    const untouched = await page
      .locator('#sentinel')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(untouched).toBe('rgba(0, 0, 0, 0)');
    if (marked) {
      expect(style).toEqual(['rgb(255, 247, 191)', 'rgb(255, 247, 191)']);
      expect(rule).toEqual(['solid', 'solid']);
    } else {
      expect(style).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
      expect(rule).toEqual(['none', 'none']);
    }
    await page.context().close();
  });

  test('is marked on the glossary when the acronym is typed in capitals', async () => {
    const page = await newPage();
    await page.goto(`${session.preview.url}glossary/#THRIVE`);
    const style = await page
      .locator('#thrive, #thrive + dd')
      .evaluateAll((elements) =>
        elements.map((element) => getComputedStyle(element).backgroundColor),
      );
    expect(style).toEqual(['rgb(255, 247, 191)', 'rgb(255, 247, 191)']);
    await page.context().close();
  });
});
