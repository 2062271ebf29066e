// The link checker itself, on a tiny made-up site, so a broken link cannot slip through
// because the checker misses it.
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { BuiltPage } from '../../support/built-site';
import { checkLinks } from '../../support/link-check';

function page(file: string, url: string, body: string): BuiltPage {
  const html = `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
  return { file, url, html, $: cheerio.load(html) };
}

const files = [
  'index.html',
  'reports/index.html',
  'reports/a/index.html',
  '404.html',
  '_astro/site.css',
];

function problemsOn(body: string, base = '/', file = 'index.html', url = base): string[] {
  const pages = [
    page(file, url, body),
    page('reports/a/index.html', `${base}reports/a/`, '<main id="main"><p id="p1">x</p></main>'),
  ];
  return checkLinks(pages, files, base).map((broken) => `${broken.href} ${broken.problem}`);
}

describe('link checker', () => {
  it('accepts links to pages, files, paragraphs and well-formed external sites', () => {
    expect(
      problemsOn(
        '<a href="/reports/">r</a><a href="reports/a/#p1">p</a><a href="/reports/a/#main">m</a>' +
          '<link rel="stylesheet" href="/_astro/site.css"><a href="https://www.gov.uk/x">g</a>' +
          '<a href="mailto:office@example.org">m</a>',
      ),
    ).toEqual([]);
  });

  it('reports missing pages, missing fragments, missing slashes and bad external links', () => {
    expect(
      problemsOn(
        '<a href="/statements/">s</a><a href="/reports/a/#p9">p</a><a href="/reports">r</a>' +
          '<a href="http://www.gov.uk/">h</a><a href="https://localhost/">l</a><a href="#">e</a>' +
          '<img src="/logo.png" alt="">',
      ),
    ).toEqual([
      '/statements/ leads to a missing page or file',
      '/reports/a/#p9 #p9 is not an id on /reports/a/',
      '/reports needs a trailing slash: /reports/',
      'http://www.gov.uk/ uses http:, not https:',
      'https://localhost/ has no proper host name ("localhost")',
      '# points nowhere (an empty #)',
      '/logo.png leads to a missing page or file',
    ]);
  });

  it('reports a malformed %-escape instead of stopping the check', () => {
    expect(
      problemsOn('<a href="/reports/%E0%A4%A/">x</a><a href="/reports/a/#p%E0">y</a>'),
    ).toEqual([
      '/reports/%E0%A4%A/ has a malformed %-escape in its path',
      '/reports/a/#p%E0 has a malformed %-escape in its #fragment',
    ]);
  });

  it('reports links that leave the base path, and relative links on the 404 page', () => {
    expect(problemsOn('<a href="/reports/">r</a>', '/sub/')).toEqual([
      "/reports/ is outside the site's base path /sub/",
    ]);
    expect(problemsOn('<a href="reports/">r</a>', '/', '404.html', '/404.html')).toEqual([
      'reports/ is relative on the 404 page, which is served at any address',
    ]);
  });
});
