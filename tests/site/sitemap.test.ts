/** sitemap-index.xml lists every page; robots.txt points to it. */
import { describe, expect, test } from 'vitest';
import { distHas, htmlPageDirs, pageUrl, readDist } from '../support/built-site';
import { parseXml } from '../support/xml';

const isArray = (name: string) => name === 'sitemap' || name === 'url';

function sitemapUrls(): string[] {
  const index = parseXml<{ sitemapindex: { sitemap: { loc: string }[] } }>(
    readDist('sitemap-index.xml'),
    { isArray },
  );
  return index.sitemapindex.sitemap.flatMap(({ loc }) => {
    const file = loc.slice(loc.lastIndexOf('/') + 1);
    const sitemap = parseXml<{ urlset: { url: { loc: string }[] } }>(readDist(file), { isArray });
    return sitemap.urlset.url.map((url) => url.loc);
  });
}

describe('sitemap', () => {
  test('lists every page of the site, and only those', () => {
    const pages = htmlPageDirs()
      .filter((dir) => dir !== '404/')
      .map(pageUrl);
    expect(pages.length).toBeGreaterThan(10);
    expect(sitemapUrls().sort()).toEqual(pages.sort());
  });

  test('robots.txt points to the sitemap index by its full address', () => {
    expect(distHas('robots.txt')).toBe(true);
    expect(readDist('robots.txt')).toMatch(
      new RegExp(`^Sitemap: ${pageUrl('sitemap-index.xml').replace(/[.]/g, '\\.')}$`, 'm'),
    );
  });
});
