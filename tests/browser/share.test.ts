/**
 * Paragraph links, citations, quote links and print, in real headless Chromium against
 * the built site.
 */
import { axeViolations } from '../support/axe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSession } from '../support/browser-session';

const PATH = '/statements/improvements-wiltshire-police-protects-children-2023/';
const CANONICAL = `https://child-protection.example.org${PATH}`;

const session = useBrowserSession();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await session.browser.newContext({
    permissions: ['clipboard-read', 'clipboard-write'],
  });
});
afterAll(async () => {
  await context?.close();
});

async function openDocument(): Promise<Page> {
  page = await context.newPage();
  await page.goto(`${session.preview.origin}${PATH}`);
  return page;
}

const clipboard = (target: Page) => target.evaluate(() => navigator.clipboard.readText());

/** Selects paragraph 3's opening text from one character to another, as a reader's drag would. */
const selectInParagraph3 = (tab: Page, from: number, to: number) =>
  tab.evaluate(
    ([start, end]) => {
      const text = document.getElementById('p3')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    [from, to] as const,
  );

describe('paragraph links', () => {
  it('copy the paragraph’s full address when followed from the keyboard', async () => {
    const tab = await openDocument();
    const link = tab.locator('a.paragraph-link[href="#p2"]');
    // Its name says the mark a reader sees in words: screen readers read "¶" as "pilcrow",
    // or not at all. The number is in it, so voice control can follow "paragraph 2".
    const visibleMark = await link.evaluate((element) =>
      getComputedStyle(element, '::before')
        .content.replace(/^"|"$/g, '')
        .replace(/\u00a0/g, ' '),
    );
    expect(visibleMark).toBe('¶ 2');
    expect(await link.getAttribute('aria-label')).toBe(
      `${visibleMark.replace('¶', 'Paragraph')}, link to this paragraph`,
    );
    await link.focus();
    await tab.keyboard.press('Enter');
    await expect.poll(() => clipboard(tab)).toBe(`${CANONICAL}#p2`);
    expect(new URL(tab.url()).hash).toBe('#p2');
    await expect
      .poll(() => tab.locator('#share-status').textContent())
      .toBe('Link to paragraph 2 copied.');
    await tab.close();
  });

  it('are reached with the Tab key right after their paragraph’s own links', async () => {
    const tab = await openDocument();
    await tab.locator('a.glossary-term').first().focus();
    await tab.keyboard.press('Tab');
    const focused = await tab.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/^Paragraph \d+, link to this paragraph$/);
    await tab.close();
  });
});

describe('section links', () => {
  // Search leads to sections: a reader sharing one needs its address as well.
  it('copy the section’s full address, and are named by the heading’s words', async () => {
    const path = '/statements/danny-kruger-ncpi-2022/';
    const tab = await context.newPage();
    await tab.goto(`${session.preview.origin}${path}`);
    const id = 'pcc-philip-wilkinsons-full-response';
    const link = tab.locator(`a.section-link[href="#${id}"]`);
    expect(await link.getAttribute('aria-label')).toBe(
      "Section “PCC Philip Wilkinson's full response:”, link to this section",
    );
    // Right after its heading, so the Tab key reaches it there.
    expect(await link.evaluate((element) => element.previousElementSibling?.id)).toBe(id);
    await link.click();
    await expect
      .poll(() => clipboard(tab))
      .toBe(`https://child-protection.example.org${path}#${id}`);
    await expect
      .poll(() => tab.locator('#share-status').textContent())
      .toBe("Link to section “PCC Philip Wilkinson's full response:” copied.");
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });
});

describe('cite this', () => {
  it('puts today’s date in the citations and copies the Harvard one', async () => {
    const tab = await openDocument();
    const today = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date());
    const harvard = tab.locator('#citation-harvard');
    expect(await harvard.textContent()).toContain(`(Accessed: ${today}).`);
    await tab.getByRole('button', { name: 'Copy Harvard citation' }).click();
    await expect
      .poll(() => clipboard(tab))
      .toBe(
        `Hill, J. (2023) Improvements made to the way Wiltshire Police protects children. The Link. Available at: https://www.swindonlink.com/news/police-cchildrens-report/. Copy at: ${CANONICAL} (Accessed: ${today}).`,
      );
    await tab.close();
  });

  it('cites one paragraph once the address names it, as a followed ¶ link leaves it', async () => {
    const tab = await openDocument();
    const paragraphCitations = tab.locator('#cite-paragraph');
    expect(await paragraphCitations.isVisible()).toBe(false);
    await tab.locator('a.paragraph-link[href="#p4"]').click();
    await paragraphCitations.waitFor({ state: 'visible' });
    expect(await paragraphCitations.getByRole('heading').textContent()).toBe('Paragraph 4 alone');
    expect(await tab.locator('#citation-paragraph-in-text').textContent()).toBe(
      '(Hill, 2023, para. 4)',
    );
    await tab.getByRole('button', { name: 'Copy plain-text citation of the paragraph' }).click();
    const today = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date());
    await expect
      .poll(() => clipboard(tab))
      .toBe(
        `Jamie Hill, “Improvements made to the way Wiltshire Police protects children”, The Link, 15 September 2023, paragraph 4. https://www.swindonlink.com/news/police-cchildrens-report/; copy at ${CANONICAL}#p4 (accessed ${today}).`,
      );
    // Another paragraph's link changes it; an address naming no paragraph hides it.
    await tab.locator('a.paragraph-link[href="#p9"]').click();
    await expect
      .poll(() => tab.locator('#citation-paragraph-in-text').textContent())
      .toBe('(Hill, 2023, para. 9)');
    expect(await tab.locator('#citation-paragraph-harvard').textContent()).toContain(
      `Copy at: ${CANONICAL}#p9 (Accessed: ${today}).`,
    );
    await tab.evaluate(() => (location.hash = '#cite-this'));
    await paragraphCitations.waitFor({ state: 'hidden' });
    await tab.close();
  });

  it('opens citing the paragraph a shared address names', async () => {
    const tab = await context.newPage();
    await tab.goto(`${session.preview.origin}${PATH}#p2`);
    await expect
      .poll(() => tab.locator('#citation-paragraph-in-text').textContent())
      .toBe('(Hill, 2023, para. 2)');
    expect(await tab.locator('#cite-paragraph').isVisible()).toBe(true);
    await tab.close();
  });

  it('does not cite the publisher’s credit as a paragraph: #p12, where it was once numbered, lands on it', async () => {
    const tab = await context.newPage();
    await tab.goto(`${session.preview.origin}${PATH}#p12`);
    await tab.waitForLoadState('load');
    expect(await tab.evaluate(() => location.hash)).toBe('#p12');
    const top = await tab
      .locator('#publisher-credit')
      .evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    expect(await tab.locator('#publisher-credit').textContent()).toBe('Publisher’s credit');
    // No "paragraph 12" to cite, and no "this page has no paragraph 12" either.
    expect(await tab.locator('#cite-paragraph').isVisible()).toBe(false);
    expect(await tab.locator('#share-status').textContent()).toBe('');
    await tab.close();
  });

  it('is plain selectable text without JavaScript, with no dead buttons', async () => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const tab = await noScript.newPage();
    await tab.goto(`${session.preview.origin}${PATH}`);
    expect(await tab.locator('#citation-plain').textContent()).toContain('[date accessed]');
    expect(await tab.getByRole('button', { name: /Copy/ }).count()).toBe(0);
    await noScript.close();
  });
});

describe('what a copy says', () => {
  /** The status notice's box and text, as a sighted reader gets them. */
  const notice = (tab: Page) =>
    tab.locator('#share-status').evaluate((element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        text: element.textContent,
        onScreen:
          box.width > 50 && box.height > 20 && box.top >= 0 && box.bottom <= window.innerHeight,
        colours: [style.color, style.backgroundColor],
      };
    });

  it('is shown on screen, not only to screen readers, and then goes', async () => {
    const tab = await openDocument();
    await tab.setViewportSize({ width: 360, height: 740 });
    expect((await notice(tab)).onScreen).toBe(false);
    await tab.getByRole('button', { name: 'Copy Harvard citation' }).click();
    await expect
      .poll(() => notice(tab))
      .toEqual({
        text: 'Harvard citation copied.',
        onScreen: true,
        colours: ['rgb(255, 255, 255)', 'rgb(11, 12, 12)'],
      });
    await expect.poll(() => notice(tab), { timeout: 8_000 }).toMatchObject({ onScreen: false });
    await tab.close();
  });

  it('sits above the quote-link bar, also after the window narrows and the bar grows', async () => {
    const tab = await openDocument();
    await tab.setViewportSize({ width: 1280, height: 800 });
    await selectInParagraph3(tab, 0, 'The revisit, which was not graded'.length);
    const panel = tab.locator('#quote-link');
    await panel.waitFor({ state: 'visible' });
    await tab.setViewportSize({ width: 360, height: 740 });
    await tab.getByRole('button', { name: 'Copy link to quote' }).click();
    await expect.poll(() => notice(tab)).toMatchObject({ onScreen: true });
    const [status, bar] = await Promise.all([
      tab.locator('#share-status').boundingBox(),
      panel.boundingBox(),
    ]);
    expect(status!.y + status!.height).toBeLessThanOrEqual(bar!.y);
    await tab.close();
  });

  // Forced colours drop its dark background, which alone set it apart from the body text
  // it sits over; a border, which they draw in the text's colour, still does.
  it('is outlined in forced colours, where its background is dropped', async () => {
    const tab = await openDocument();
    await tab.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await tab.getByRole('button', { name: 'Copy Harvard citation' }).click();
    await expect.poll(() => notice(tab)).toMatchObject({ onScreen: true });
    const border = await tab.locator('#share-status').evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.borderTopStyle, style.borderTopWidth, style.borderTopColor === style.color];
    });
    expect(border).toEqual(['solid', '2px', true]);
    await tab.close();
  });

  it('tells a sighted reader when copying failed, and what to do instead', async () => {
    const denied = await session.browser.newContext();
    const tab = await denied.newPage();
    await tab.goto(`${session.preview.origin}${PATH}`);
    await tab.evaluate(() => {
      // As a browser that refuses the page the clipboard does.
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('', 'NotAllowedError'));
    });
    await tab.getByRole('button', { name: 'Copy plain-text citation' }).click();
    await expect
      .poll(() => notice(tab))
      .toMatchObject({
        text: 'Could not copy. Select the plain-text citation and copy it yourself.',
        onScreen: true,
      });
    await denied.close();
  });
});

describe('the copy buttons', () => {
  // Their own white background once outranked the focus colour every other control shows.
  it('are marked in focus like every other control', async () => {
    const tab = await openDocument();
    const button = tab.getByRole('button', { name: 'Copy Harvard citation' });
    const link = tab.locator('a.paragraph-link[href="#p2"]');
    await link.focus();
    const linkFocus = await link.evaluate((element) => getComputedStyle(element).backgroundColor);
    await button.focus();
    await tab.keyboard.press('Shift+Tab');
    await tab.keyboard.press('Tab');
    const buttonFocus = await button.evaluate((element) => [
      document.activeElement === element,
      getComputedStyle(element).backgroundColor,
    ]);
    expect(buttonFocus).toEqual([true, linkFocus]);
    expect(linkFocus).toBe('rgb(255, 221, 0)');
    await tab.close();
  });
});

describe('a link to selected words', () => {
  it('is offered for a selection in the body, as a text fragment that lands on it', async () => {
    const tab = await openDocument();
    await selectInParagraph3(tab, 0, 'The revisit, which was not graded'.length);
    const field = tab.locator('#quote-link-url');
    await field.waitFor({ state: 'visible' });
    const expected = `${CANONICAL}#p3:~:text=The%20revisit%2C%20which%20was%20not%20graded`;
    expect(await field.inputValue()).toBe(expected);
    await tab.getByRole('button', { name: 'Copy link to quote' }).click();
    await expect.poll(() => clipboard(tab)).toBe(expected);
    await tab.close();
  });
  // A text fragment matches whole words only: a link cut inside a word showed no quote.
  it('widens a selection that starts or ends inside a word to whole words', async () => {
    const tab = await openDocument();
    await selectInParagraph3(tab, 'The re'.length, 'The revisit, which was not gra'.length);
    const field = tab.locator('#quote-link-url');
    await field.waitFor({ state: 'visible' });
    expect(await field.inputValue()).toBe(
      `${CANONICAL}#p3:~:text=revisit%2C%20which%20was%20not%20graded`,
    );
    await tab.close();
  });
});

// A browser following a text fragment goes to the first match on the page, whatever
// paragraph the address names: "domestic abuse" is in paragraph 6 before paragraph 9.
describe('a link to words also found earlier on the page', () => {
  /** Where the window's middle is, as a browser scrolls to a matched quote: in which paragraph. */
  const paragraphInMiddle = (tab: Page) =>
    tab.evaluate(() => {
      const middle = innerHeight / 2;
      const found = [...document.querySelectorAll('.document-body [id^="p"]')].find((element) => {
        const box = element.getBoundingClientRect();
        return box.top <= middle && box.bottom >= middle;
      });
      return found?.id;
    });

  const follow = async (url: string) => {
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.waitForFunction(() => scrollY > 0);
    return tab;
  };

  it('names the words before them, and opens at the paragraph they were selected in', async () => {
    const tab = await openDocument();
    await tab.evaluate(() => {
      const paragraph = document.getElementById('p9')!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const at = node.textContent!.indexOf('domestic abuse');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'domestic abuse'.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
    });
    const field = tab.locator('#quote-link-url');
    await field.waitFor({ state: 'visible' });
    const url = await field.inputValue();
    expect(url).toBe(`${CANONICAL}#p9:~:text=and-,domestic%20abuse`);
    await tab.close();

    const local = (link: string) => link.replace(CANONICAL, `${session.preview.origin}${PATH}`);
    const followed = await follow(local(url));
    expect(await paragraphInMiddle(followed)).toBe('p9');
    await followed.close();
    // Without the words before them, the same quote opens at paragraph 6.
    const unguided = await follow(local(`${CANONICAL}#p9:~:text=domestic%20abuse`));
    expect(await paragraphInMiddle(unguided)).toBe('p6');
    await unguided.close();
  });
});

describe('a link to words selected across paragraphs', () => {
  it('names the start of the first part and the end of the last, which one text match cannot span', async () => {
    const tab = await openDocument();
    await tab.evaluate(() => {
      const range = document.createRange();
      const start = document.getElementById('p3')!.firstChild!;
      range.setStart(start, start.textContent!.length - 'made at each stage.'.length);
      const end = document.getElementById('p5')!.firstChild!;
      range.setEnd(end, 'Assistant Chief Constable'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    const field = tab.locator('#quote-link-url');
    await field.waitFor({ state: 'visible' });
    const url = new URL(await field.inputValue());
    expect(url.hash).toMatch(/^#p3:~:text=[^,]+,Assistant%20Chief%20Constable$/);
    // The start is the selection's own first words, all from paragraph 3.
    const startWords = decodeURIComponent(/text=([^,]+),/.exec(url.hash)![1]!);
    expect(await tab.locator('#p3').textContent()).toContain(startWords);
    await tab.close();
  });
});

describe('the quote link panel', () => {
  // At 400% zoom a 1280 × 1024 window is 320 × 256 CSS pixels: the panel took 146 of them.
  it('takes at most a quarter of a short window, its field still labelled', async () => {
    const tab = await context.newPage();
    await tab.setViewportSize({ width: 320, height: 256 });
    await tab.goto(`${session.preview.origin}${PATH}`);
    await selectInParagraph3(tab, 0, 'The revisit'.length);
    const panel = tab.locator('#quote-link');
    await panel.waitFor({ state: 'visible' });
    expect((await panel.boundingBox())!.height).toBeLessThanOrEqual(256 / 4);
    await expect(
      tab.getByRole('textbox', { name: 'Link to the words you selected' }).isVisible(),
    ).resolves.toBe(true);
    await expect(tab.getByRole('button', { name: 'Copy link to quote' }).isVisible()).resolves.toBe(
      true,
    );
    await tab.close();
  });

  // It is fixed to the window's foot, but the Tab key follows the page: it came after every
  // link in the rest of the document.
  it('is next in Tab order after the paragraph the words were selected in', async () => {
    const tab = await openDocument();
    const words = (await tab.locator('#p1').boundingBox())!;
    await tab.mouse.move(words.x + 5, words.y + 5);
    await tab.mouse.down();
    await tab.mouse.move(words.x + 200, words.y + 8, { steps: 5 });
    await tab.mouse.up();
    await tab.locator('#quote-link').waitFor({ state: 'visible' });
    const passed: string[] = [];
    for (let step = 0; step < 10; step += 1) {
      await tab.keyboard.press('Tab');
      const focused = await tab.evaluate(() => {
        const element = document.activeElement!;
        const paragraph = document.getElementById('p1')!;
        return {
          inPanel: element.id === 'quote-link-url',
          inParagraph: paragraph.contains(element) || element.getAttribute('href') === '#p1',
          label: element.getAttribute('aria-label') ?? element.textContent ?? '',
        };
      });
      if (focused.inPanel) break;
      if (!focused.inParagraph) passed.push(focused.label);
    }
    expect(passed).toEqual([]);
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('quote-link-url');
    // Now earlier on the page than the rest of the body, its own words are not taken for
    // the document's (a browser following the link has it hidden): a later paragraph saying
    // them is linked by those words alone, with no words before them to tell them apart.
    await tab.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.id = 'p99';
      paragraph.textContent = 'Link to the words you selected';
      document.querySelector('.document-body')!.append(paragraph);
      const range = document.createRange();
      range.selectNodeContents(paragraph.firstChild!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await expect
      .poll(() => tab.locator('#quote-link-url').inputValue())
      .toBe(`${CANONICAL}#p99:~:text=Link%20to%20the%20words%20you%20selected`);
    await tab.close();
  });

  it('never covers the link that has keyboard focus (WCAG 2.4.11)', async () => {
    const tab = await context.newPage();
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.goto(`${session.preview.origin}${PATH}`);
    // Selected with the mouse, as a reader does: the selection then stays while they Tab on.
    const words = (await tab.locator('#p1').boundingBox())!;
    await tab.mouse.move(words.x + 5, words.y + 5);
    await tab.mouse.down();
    await tab.mouse.move(words.x + 200, words.y + 8, { steps: 5 });
    await tab.mouse.up();
    const panel = tab.locator('#quote-link');
    await panel.waitFor({ state: 'visible' });
    // A bar across the window's foot, not a box the width of the text column beside it.
    expect(await panel.boundingBox()).toMatchObject({ x: 0, width: 1280 });
    const covered: string[] = [];
    let stepsWithPanel = 0;
    for (let step = 0; step < 25; step += 1) {
      await tab.keyboard.press('Tab');
      const focused = await tab.evaluate(() => {
        const element = document.activeElement;
        const open = document.getElementById('quote-link')!;
        if (!element || open.hidden || open.contains(element)) return undefined;
        return {
          label: element.getAttribute('aria-label') ?? element.textContent ?? '',
          bottom: element.getBoundingClientRect().bottom,
          panelTop: open.getBoundingClientRect().top,
        };
      });
      if (!focused) continue;
      stepsWithPanel += 1;
      if (focused.bottom > focused.panelTop) covered.push(focused.label);
    }
    expect(stepsWithPanel).toBeGreaterThan(15);
    expect(covered).toEqual([]);
    await tab.close();
  });
});

describe('printing', () => {
  it('drops navigation and controls, and prints where links go, as addresses a reader can type', async () => {
    const tab = await openDocument();
    await tab.emulateMedia({ media: 'print' });
    const display = (selector: string) =>
      tab
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).display);
    expect(await display('.site-header')).toBe('none');
    expect(await display('.site-nav')).toBe('none');
    expect(await display('.site-footer')).toBe('none');
    // Paragraph numbers stay, so a printed page can be cited by paragraph.
    expect(await display('.paragraph-link')).toBe('block');
    expect(await display('.cite-this .copy-button')).toBe('none');
    expect(await display('.print-only')).toBe('block');
    const original = tab.locator('.metadata a[rel="external"]');
    const href = await original.getAttribute('href');
    expect(await original.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(
      `" (${href})"`,
    );
    // The site's own links are paths: on paper they get the site's address (not the
    // address this test serves it from, but the one it is published at, as in its canonical link).
    const canonical = await tab.locator('link[rel="canonical"]').getAttribute('href');
    const organisation = tab.locator('.metadata a[href^="/organisations/"]').first();
    const path = await organisation.getAttribute('href');
    expect(path).toMatch(/^\/organisations\/[a-z-]+\/$/);
    expect(
      await organisation.evaluate((element) => getComputedStyle(element, '::after').content),
    ).toBe(`" (${new URL(canonical!).origin}${path})"`);
    await tab.emulateMedia({ media: 'screen' });
    expect(await display('.site-header')).not.toBe('none');
    expect(await display('.print-only')).toBe('none');
    await tab.close();
  });
});

describe('accessibility of these controls', () => {
  it('axe finds no WCAG 2.2 A or AA violations with the quote panel open, a paragraph link focused and a paragraph cited', async () => {
    const tab = await openDocument();
    await tab.evaluate(() => (location.hash = '#p4'));
    await tab.locator('#cite-paragraph').waitFor({ state: 'visible' });
    await tab.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('p3')!);
      document.getSelection()!.addRange(range);
    });
    await tab.locator('#quote-link').waitFor({ state: 'visible' });
    await tab.locator('a.paragraph-link[href="#p2"]').focus();
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });

  it('axe finds no WCAG 2.2 A or AA violations on the glossary', async () => {
    const tab = await context.newPage();
    await tab.goto(`${session.preview.origin}/glossary/`);
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });
});
