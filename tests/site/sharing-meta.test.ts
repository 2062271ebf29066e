/** Link previews and canonical addresses on every document page of the built site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentPaths, htmlPageDirs, readDist, readPageHtml } from '../support/built-site';
import { distDir } from '../support/paths';
import { SITE_DESCRIPTION, SITE_NAME } from '../../src/lib/site/site-info';

const SITE = 'https://child-protection.example.org';

/** Undoes the character references Astro writes in text and attributes. */
function decode(text: string | undefined): string | undefined {
  return text
    ?.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function meta(html: string, key: string): string | undefined {
  return decode(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]);
}

const pages = documentPaths();

describe('sharing metadata on every document', () => {
  it('there are documents to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  it.each(pages)(
    '%s has canonical, Open Graph and Twitter tags with absolute addresses',
    (path) => {
      const html = readPageHtml(path);
      const url = `${SITE}${path}`;
      expect(html).toContain(`<link rel="canonical" href="${url}">`);
      expect(meta(html, 'og:url')).toBe(url);
      expect(meta(html, 'og:type')).toBe('article');
      expect(meta(html, 'og:site_name')).toBe('Child Protection Accountability');
      const title = decode(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]);
      expect(meta(html, 'og:title')).toBe(title);
      expect(meta(html, 'twitter:title')).toBe(title);
      expect(meta(html, 'og:description')?.length).toBeGreaterThan(20);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      const image = meta(html, 'og:image');
      expect(image).toBe(`${SITE}/social${path.slice(0, -1)}.png`);
      expect(meta(html, 'twitter:image')).toBe(image);
    },
  );

  it.each(pages)('%s has a social card that is a 1200×630 PNG', (path) => {
    const png = readFileSync(join(distDir(), `social${path.slice(0, -1)}.png`));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('gives a published time only when the day is known', () => {
    // The 2022 NCPI report was published on 5 August 2022; the PCC's response only in 2023.
    expect(meta(readPageHtml('/reports/ncpi-wiltshire-2022/'), 'article:published_time')).toBe(
      '2022-08-05',
    );
    expect(
      meta(
        readPageHtml('/responses/pcc-response-ncpi-post-inspection-review-2023/'),
        'article:published_time',
      ),
    ).toBeUndefined();
  });

  it('other pages are previewed with the site card', () => {
    const html = readPageHtml('/glossary/');
    expect(meta(html, 'og:type')).toBe('website');
    expect(meta(html, 'og:image')).toBe(`${SITE}/social/site.png`);
    // Its text says what the site card shows, not the page's title.
    expect(meta(html, 'og:image:alt')).toBe(`${SITE_NAME}: ${SITE_DESCRIPTION}`);
    expect(meta(readPageHtml('/'), 'og:image:alt')).toBe(`${SITE_NAME}: ${SITE_DESCRIPTION}`);
  });

  it('every page names its own address as canonical, and the 404 page, which has none, names none', () => {
    for (const dir of htmlPageDirs()) {
      const html = readDist(`${dir}index.html`);
      // A redirect page left at a moved address names the page it moved to.
      if (html.includes('http-equiv="refresh"')) continue;
      expect(html, dir).toContain(`<link rel="canonical" href="${SITE}/${dir}">`);
      expect(meta(html, 'og:url'), dir).toBe(`${SITE}/${dir}`);
    }
    const notFound = readDist('404.html');
    expect(notFound).not.toContain('rel="canonical"');
    expect(meta(notFound, 'og:url')).toBeUndefined();
  });
});
