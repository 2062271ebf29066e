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
  test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await newPage();
    await page.goto(session.preview.url);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to main content',
    );
    await expect(page.locator('.skip-link').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
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

describe('on a touch screen, which cannot hover', () => {
  test('each paragraph’s ¶ link is shown, at 3:1 contrast or more (WCAG 1.4.11)', async () => {
    const context = await session.browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`${session.preview.url}reports/ncpi-wiltshire-2022/`);
    expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
    const link = page.locator('.paragraph-link').first();
    const style = await link.evaluate((element) => {
      // The nearest background that is painted; the canvas behind them all is white.
      let background = 'rgb(255, 255, 255)';
      for (let node: Element | null = element; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) {
          background = colour;
          break;
        }
      }
      return {
        opacity: getComputedStyle(element).opacity,
        colour: getComputedStyle(element, '::before').color,
        background,
      };
    });
    expect(style.opacity).toBe('1');
    expect(contrast(style.colour, style.background)).toBeGreaterThanOrEqual(3);
    await context.close();
  });
});
