/**
 * Lean pages for readers on a phone: every document page's first render (HTML and CSS,
 * gzipped) fits in 20 KB, and it ships no JavaScript beyond progressive enhancements of
 * at most 5 KB gzipped. Checked for every document page of the build, so a page that
 * grows with its document, or a script added to the layout, is caught.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { allPagePaths, fileForPath } from '../support/built-site';
import { createPageWeigher } from '../support/page-weight';
import { distDir } from '../support/paths';

const HTML_AND_CSS_BUDGET = 20_000;
const JAVASCRIPT_BUDGET = 5_000;
const DOCUMENT_PAGE = /^\/(reports|statements|responses)\/[^/]+\/$/;

describe('page weight of document pages', async () => {
  const base = `/${process.env.BASE_PATH ?? ''}/`.replace(/\/{2,}/g, '/');
  const weigh = createPageWeigher(distDir(), base);
  const pages = (await allPagePaths()).filter((path) => DOCUMENT_PAGE.test(path));

  test('there are document pages to weigh', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test.each(pages)(
    '%s: HTML and CSS at most 20 KB, JavaScript at most 5 KB (gzipped)',
    async (path) => {
      const weight = weigh(await readFile(fileForPath(path), 'utf8'));
      expect(weight.htmlAndCss, `HTML and CSS of ${path}`).toBeLessThanOrEqual(HTML_AND_CSS_BUDGET);
      expect(
        weight.javascript,
        `JavaScript of ${path}: ${weight.scripts.join(', ')}`,
      ).toBeLessThanOrEqual(JAVASCRIPT_BUDGET);
    },
  );
});

describe('the page weigher', () => {
  test('counts linked stylesheets and scripts, gzipped, so a heavy page would fail', async () => {
    const weigh = createPageWeigher(distDir());
    const light = weigh('<html><body><p>Short.</p></body></html>');
    expect(light.javascript).toBe(0);
    const heavyText = Array.from({ length: 4000 }, (_, index) => `word${index * 7919}`).join(' ');
    const heavy = weigh(
      `<html><body><p>${heavyText}</p><script>${heavyText}</script></body></html>`,
    );
    expect(heavy.htmlAndCss).toBeGreaterThan(HTML_AND_CSS_BUDGET);
    expect(heavy.javascript).toBeGreaterThan(JAVASCRIPT_BUDGET);
  });
});
