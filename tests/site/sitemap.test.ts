/** sitemap-index.xml lists every page; robots.txt points to it. */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { distHas, htmlPageDirs, pageUrl, readDist } from '../support/dist-files';

const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });

function sitemapUrls(): string[] {
  const index = parser.parse(readDist('sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string }[] } };
  return index.sitemapindex.sitemap.flatMap(({ loc }) => {
    const file = loc.slice(loc.lastIndexOf('/') + 1);
    const sitemap = parser.parse(readDist(file)) as { urlset: { url: { loc: string }[] } };
    return sitemap.urlset.url.map((url) => url.loc);
  });
}

describe('sitemap', () => {
  test('lists every page of the site, and only those', () => {
    const pages = htmlPageDirs().filter((dir) => dir !== '404/').map(pageUrl);
    expect(pages.length).toBeGreaterThan(10);
    expect(sitemapUrls().sort()).toEqual(pages.sort());
  });

  test('robots.txt points to the sitemap index by its full address', () => {
    expect(distHas('robots.txt')).toBe(true);
    expect(readDist('robots.txt')).toMatch(new RegExp(`^Sitemap: ${pageUrl('sitemap-index.xml').replace(/[.]/g, '\\.')}$`, 'm'));
  });
});
