// Keyboard use and reflow on one page of each template: the skip link comes first and
// moves focus to the main content, every stop in the tab order shows where focus is, and
// nothing scrolls sideways at 320 CSS pixels (WCAG 2.4.1, 2.4.7, 1.4.10).
import { axeViolations } from '../support/axe';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { builtPages, sitePathBase } from '../support/built-site';
import { contrast } from '../support/contrast';
import { templatePages, type TemplatePage } from '../support/page-templates';

const session = useBrowserSession({ base: sitePathBase() });
let templates: TemplatePage[];

beforeAll(async () => {
  templates = templatePages(await builtPages());
});

/** The built page chosen for a template ("briefing"); the test fails if the site has none. */
function templateNamed(name: string): TemplatePage {
  const found = templates.find((candidate) => candidate.template === name);
  if (!found) throw new Error(`no ${name} page`);
  return found;
}

async function open(template: TemplatePage, width = 1024): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width, height: 768 } });
  await page.goto(session.preview.url + template.path);
  return page;
}

/** A short description of the focused element, for messages; undefined when nothing is focused. */
function describeFocus(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return undefined;
    const text = (active.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}> "${text}"`;
  });
}

/** Screenshots of the area around the focused element, focused and then not. */
async function focusedAndBlurred(page: Page): Promise<[Buffer, Buffer] | undefined> {
  const box = await page.evaluate(() => {
    const rect = document.activeElement?.getBoundingClientRect();
    return rect && rect.width > 0 && rect.height > 0
      ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height }
      : undefined;
  });
  if (!box) return undefined;
  const viewport = page.viewportSize()!;
  const margin = 6;
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  const clip = {
    x,
    y,
    width: Math.min(viewport.width - x, box.width + 2 * margin),
    height: Math.min(viewport.height - y, box.height + 2 * margin),
  };
  const focused = await page.screenshot({ clip, animations: 'disabled' });
  const restore = await page.evaluateHandle(() => {
    const active = document.activeElement as HTMLElement | null;
    active?.blur();
    return active;
  });
  const blurred = await page.screenshot({ clip, animations: 'disabled' });
  await restore.evaluate((element) =>
    (element as HTMLElement | null)?.focus({ preventScroll: true }),
  );
  return [focused, blurred];
}

describe.each([
  'home',
  'listing',
  'document',
  'organisation',
  'person',
  'accessibility',
  'directory',
  'recommendations',
  'recommendation',
  'briefing',
  'timeline',
  'glossary',
  'open data',
  'search',
  '404',
])('the %s page', (name) => {
  const template = () => templateNamed(name);

  it('puts the skip link first, and the next Tab after it is in the main content', async () => {
    const page = await open(template());
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const active = document.activeElement as HTMLAnchorElement | null;
      const rect = active?.getBoundingClientRect();
      return {
        text: active?.textContent?.trim(),
        href: active?.getAttribute('href'),
        onScreen: !!rect && rect.top >= 0 && rect.bottom <= window.innerHeight && rect.width > 0,
      };
    });
    expect(first).toEqual({ text: 'Skip to main content', href: '#main', onScreen: true });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => !!document.activeElement?.closest('main, footer'));
    expect(next, 'Tab after the skip link continues inside the main content').toBe(true);
    await page.close();
  });

  it('shows a visible focus indicator on every stop in the tab order', async () => {
    const page = await open(template());
    const invisible: string[] = [];
    const seen = new Set<string>();
    let stops = 0;
    for (let presses = 0; presses < 400; presses += 1) {
      await page.keyboard.press('Tab');
      const where = await describeFocus(page);
      if (where === undefined) break; // focus left the page: the tab order is done
      const key = `${where}@${await page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        return all.indexOf(document.activeElement!);
      })}`;
      if (seen.has(key)) break;
      seen.add(key);
      stops += 1;
      const shots = await focusedAndBlurred(page);
      if (!shots) invisible.push(`${where} has no size`);
      else if (shots[0].equals(shots[1])) invisible.push(`${where} looks the same focused and not`);
    }
    expect(stops).toBeGreaterThan(3);
    expect(invisible).toEqual([]);
    await page.close();
  });

  it('reflows at 320 CSS pixels without scrolling sideways', async () => {
    const page = await open(template(), 320);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await page.close();
  });

  // Beyond WCAG's 320 px: a phone (360 px, a common Android width) with the browser's
  // text size at 200%, as many residents reading on a phone set it; the bold current-page
  // "Recommendations" in the menu ran past the edge. The text size is the browser's default
  // font size, which rem-based media queries follow too, so a style sheet cannot stand in.
  it('reflows on a 360-pixel phone with the text size at 200%', async () => {
    const context = await session.browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.goto(session.preview.url + template().path);
    const sizes = await page.evaluate(() => ({
      text: getComputedStyle(document.documentElement).fontSize,
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      // The menu once took 820 px of this 780 px screen, so every page opened on the header.
      mainStarts: document.querySelector('main')!.getBoundingClientRect().top,
    }));
    expect(sizes.text).toBe('32px');
    expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
    expect(sizes.mainStarts).toBeLessThan(780 * 0.75);
    await context.close();
  });

  // WCAG 1.4.12: a reader's own spacing must not lose text; "Recommendations" in the h1
  // ran past the window's edge.
  it('reflows at 320 CSS pixels with text spacing widened as WCAG 1.4.12 asks', async () => {
    // A reader's own style sheet is not the page's, so the page's CSP does not apply to it.
    const page = await session.browser.newPage({
      viewport: { width: 320, height: 768 },
      bypassCSP: true,
    });
    await page.goto(session.preview.url + template().path);
    await page.addStyleTag({
      content:
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await page.close();
  });
});

describe('the search button in the header', () => {
  it('stands out from the header when it has keyboard focus (3:1, WCAG 2.4.13)', async () => {
    const home = templateNamed('home');
    const page = await open(home);
    const button = page.locator('header form button');
    await page.locator('header form input').focus();
    await page.keyboard.press('Tab');
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    const colours = await button.evaluate((element) => ({
      focused: getComputedStyle(element).backgroundColor,
      header: getComputedStyle(element.closest('header')!).backgroundColor,
    }));
    expect(contrast(colours.focused, colours.header)).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});

/** Whether the recommendations table, and the page, fit the window's width. */
const fitsTheWindow = (page: Page) =>
  page.evaluate(() => {
    const table = document.querySelector('.recommendations-table')!.getBoundingClientRect();
    return document.documentElement.scrollWidth <= innerWidth && table.right <= innerWidth;
  });

/**
 * A page of the template on a 360 px phone, in a context of its own: axe then checks it
 * as a phone shows it. Close it with `page.context().close()`.
 */
async function openOnPhone(template: TemplatePage): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width: 360, height: 768 } });
  const page = await context.newPage();
  await page.goto(session.preview.url + template.path);
  return page;
}

describe('a briefing’s status table', () => {
  it('puts each heading above its value on a phone, and stays a table', async () => {
    const phone = await openOnPhone(templateNamed('briefing'));
    const heading = (await phone.locator('.briefing-status th').first().boundingBox())!;
    const value = (await phone.locator('.briefing-status td').first().boundingBox())!;
    expect(value.y).toBeGreaterThanOrEqual(heading.y + heading.height);
    expect(await phone.getByRole('rowheader').allTextContents()).toEqual([
      'Claimed',
      'Verified by the inspectorate',
    ]);
    expect(await phone.getByRole('cell').count()).toBe(2);
    expect(await axeViolations(phone, '.briefing-status')).toEqual([]);
    await phone.context().close();
  });
});

describe('the recommendations table', () => {
  it('shows where each recommendation stands on a phone without sideways scrolling, and stays a table', async () => {
    const table = templateNamed('recommendations');
    const phone = await openOnPhone(table);
    expect(await fitsTheWindow(phone)).toBe(true);
    const verified = phone.locator('.recommendations-table td[data-label="Verified"]');
    expect(await verified.count()).toBeGreaterThan(0);
    for (const cell of await verified.all()) {
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    // Each cell is labelled on screen with its column's name…
    const labels = await phone
      .locator('.recommendations-table tbody tr')
      .first()
      .locator('td')
      .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
    const headers = await phone.locator('.recommendations-table thead th').allTextContents();
    expect(labels).toEqual(headers.slice(1).map((name) => `"${name.trim()}: " / ""`));
    // …while screen readers still get a table with column headers, not a run of text.
    expect(await phone.getByRole('columnheader').allTextContents()).toEqual(headers);
    expect(await phone.getByRole('row').count()).toBe(
      await phone.locator('.recommendations-table tr').count(),
    );
    expect(await axeViolations(phone, '.recommendations-table')).toEqual([]);
    await phone.context().close();
    // Row by row until the page has its full width: at 810 px the six columns squeezed a
    // report's title onto six lines.
    for (const width of [810, 900, 1024, 1280]) {
      const page = await open(table, width);
      const rows = await page
        .locator('.recommendations-table tbody tr')
        .first()
        .evaluate((row) => getComputedStyle(row).display);
      expect(rows, `${width} px`).toBe(width > 960 ? 'table-row' : 'block');
      expect(await fitsTheWindow(page), `every column in sight at ${width} px`).toBe(true);
      await page.close();
    }
  });
});

// A filter group's name is one long word ("Recommendation"): at 320 px with text at 200%
// the group stayed as wide as that word, and the page scrolled 26 px sideways.
describe('the search page with its filters open', () => {
  it('reflows at 320 CSS pixels with the text size at 200%', async () => {
    const context = await session.browser.newContext({ viewport: { width: 320, height: 768 } });
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.goto(`${session.preview.url}search/?q=children`);
    await page.locator('.search-filters summary').click();
    await page.locator('.search-filter legend').first().waitFor();
    const legends = await page.locator('.search-filter legend').allTextContents();
    expect(legends).toContain('Recommendation');
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await context.close();
  });
});

// A reference ("pcc-wiltshire-2023-remaining-recommendations") is one long word in the
// page's details: at 320 px with text at 200% it made the page 343 px wide, cutting off
// the words at the right edge. Every recommendation page, not one of the template.
describe('every recommendation page', () => {
  it('reflows at 320 CSS pixels with the text size at 200%', async () => {
    const paths = (await builtPages())
      .map((page) => page.url)
      .filter((url) => /\/recommendations\/[^/]+\/$/.test(url));
    expect(paths.length).toBeGreaterThan(0);
    const context = await session.browser.newContext({ viewport: { width: 320, height: 768 } });
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    const tooWide: string[] = [];
    for (const path of paths) {
      await page.goto(session.preview.origin + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) tooWide.push(`${path}: ${width} px`);
    }
    expect(tooWide).toEqual([]);
    await context.close();
  }, 120_000);
});
