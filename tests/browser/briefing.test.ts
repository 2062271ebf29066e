/**
 * A briefing is for paper: printed on A4 it must fit on one page, without the site's
 * navigation.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../support/paths';
import { useBrowserSession } from '../support/browser-session';

const session = useBrowserSession();

/** Pages in a PDF: each page object carries `/Type /Page` (the tree itself is `/Pages`). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** Every recommendation's id: a briefing quotes whole paragraphs, so any could grow too long. */
const RECOMMENDATIONS = readdirSync(path.join(REPO_ROOT, 'content', 'recommendations'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));

test.each(RECOMMENDATIONS)(
  'the briefing on %s prints on one A4 page, without navigation',
  async (id) => {
    const page = await session.browser.newPage();
    await page.goto(new URL(`recommendations/${id}/briefing/`, session.preview.url).href);
    await page.emulateMedia({ media: 'print' });
    // Neither of the header's two menus (the wide screen's row, the phone's button).
    const navs = page.locator('.site-nav');
    expect(await navs.count()).toBe(2);
    expect(await navs.evaluateAll((all) => all.some((nav) => nav.checkVisibility()))).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pageCount(pdf)).toBe(1);
    await page.close();
  },
);
