/**
 * Links that arrive damaged, as they do from emails, posts and paper: a full stop or
 * bracket caught at the end, capitals, a paragraph number the page does not have.
 * In headless Chromium against the built site.
 */
import { describe, expect, test } from 'vitest';
import { useBrowserSession } from '../support/browser-session';

const PATH = '/responses/pcc-response-ncpi-post-inspection-review-2023/';

const session = useBrowserSession();

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe('a damaged paragraph link', { timeout: 30_000 }, () => {
  test.each(['p4.', 'p4)', 'P4', 'p4%E2%80%9D', 'p4/', 'p04'])(
    '#%s lands on paragraph 4, marked as the target, with no extra history entry',
    async (fragment) => {
      const page = await session.browser.newPage();
      await page.goto(`${session.preview.origin}${PATH}#${fragment}`);
      await eventually(() => page.evaluate(() => location.hash)).toBe('#p4');
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p4');
      const top = await page
        .locator('#p4')
        .evaluate((element) => element.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(100);
      // Back leaves the page rather than going to the damaged address.
      expect(await page.evaluate(() => history.length)).toBe(2);
      await page.close();
    },
  );

  test('to a paragraph the page does not have is said so, not opened at the top in silence', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.preview.origin}${PATH}#p99`);
    const count = await page.locator('.document-body a.paragraph-link').count();
    await eventually(() => page.locator('#share-status').textContent()).toBe(
      `This page has no paragraph 99: its paragraphs are numbered 1 to ${count}.`,
    );
    // Shown on screen while it speaks, for a sighted reader too.
    expect(await page.locator('#share-status').isVisible()).toBe(true);
    await page.close();
  });

  test('an ordinary anchor that exists is left alone', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.preview.origin}${PATH}#p3`);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => location.hash)).toBe('#p3');
    expect(await page.locator('#share-status').textContent()).toBe('');
    await page.close();
  });
});

describe('an address that is not there', { timeout: 30_000 }, () => {
  test('typed with capitals and without its closing slash, offers the page it meant', async () => {
    const page = await session.browser.newPage();
    const response = await page.goto(
      `${session.preview.origin}/Responses/PCC-response-ncpi-post-inspection-review-2023#p4`,
    );
    expect(response?.status()).toBe(404);
    const suggestion = page.locator('#likely-address');
    await eventually(() => suggestion.textContent()).toMatch(/^Did you mean https?:\/\/.*\?$/);
    const link = suggestion.getByRole('link');
    expect(await link.getAttribute('href')).toBe(`${PATH}#p4`);
    await link.click();
    await page.waitForURL(`**${PATH}#p4`);
    expect(await page.locator('h1').textContent()).not.toBe('Page not found');
    await page.close();
  });

  test('with punctuation caught at its end, offers the page without it', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.preview.origin}/reports/ncpi-wiltshire-2022/).`);
    await eventually(() => page.locator('#likely-address a').getAttribute('href')).toBe(
      '/reports/ncpi-wiltshire-2022/',
    );
    await page.close();
  });

  test('asked for as an HTML file, offers the page', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.preview.origin}/reports/ncpi-wiltshire-2022.html`);
    await eventually(() => page.locator('#likely-address a').getAttribute('href')).toBe(
      '/reports/ncpi-wiltshire-2022/',
    );
    await page.close();
  });

  test('that no likely address would mend suggests nothing, and leads to the lists', async () => {
    const page = await session.browser.newPage();
    const checked: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'HEAD') checked.push(new URL(request.url()).pathname);
    });
    await page.goto(`${session.preview.origin}/recommendations/ncpi-wiltshire-2022-voice-of-child`);
    // Its one guess (the closing slash) is checked, found missing, and not offered.
    await eventually(async () => checked).toEqual([
      '/recommendations/ncpi-wiltshire-2022-voice-of-child/',
    ]);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#likely-address').isHidden()).toBe(true);
    await page.locator('main').getByRole('link', { name: 'recommendations', exact: true }).click();
    await page.waitForURL('**/recommendations/');
    await page.close();
  });
});
