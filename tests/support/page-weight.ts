/**
 * What a page costs a reader on first load, as a server with gzip would send it: the
 * HTML, the stylesheets it links, and the JavaScript it runs (linked or inline).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

export interface PageWeight {
  /** Gzipped bytes of the HTML and every stylesheet it links. */
  htmlAndCss: number;
  /** Gzipped bytes of every script the page loads or contains. */
  javascript: number;
  scripts: string[];
}

const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/**
 * `dist` is the built site's folder; `base` the base path it was built for, stripped
 * from asset URLs to find their files.
 */
export function createPageWeigher(dist: string, base = '/') {
  const assetSizes = new Map<string, number>();
  const asset = (url: string) => {
    const path = url.split(/[?#]/)[0]!.replace(new RegExp(`^${base.replace(/\/$/, '')}`), '');
    let size = assetSizes.get(path);
    if (size === undefined) {
      size = gzipped(readFileSync(join(dist, path)));
      assetSizes.set(path, size);
    }
    return size;
  };

  return (html: string): PageWeight => {
    const $ = cheerio.load(html);
    const stylesheets = $('link[rel~="stylesheet"]')
      .map((_, element) => $(element).attr('href'))
      .get()
      .filter((href): href is string => Boolean(href) && !/^https?:/.test(href));
    const scripts = [
      ...$('script[src]')
        .map((_, element) => $(element).attr('src'))
        .get(),
      ...$('link[rel="modulepreload"]')
        .map((_, element) => $(element).attr('href'))
        .get(),
    ].filter((src): src is string => Boolean(src) && !/^https?:/.test(src));
    const inline = $('script:not([src])')
      .filter((_, element) => ($(element).attr('type') ?? '').includes('json') === false)
      .map((_, element) => $(element).text())
      .get()
      .join('');
    return {
      htmlAndCss: gzipped(html) + stylesheets.reduce((sum, href) => sum + asset(href), 0),
      javascript:
        [...new Set(scripts)].reduce((sum, src) => sum + asset(src), 0) +
        (inline ? gzipped(inline) : 0),
      scripts,
    };
  };
}
