/**
 * Reading the built site (dist/) in site tests: files, the list of HTML pages, and the
 * full address each page is served at (taken from the home page's canonical link, so
 * the tests follow whatever SITE_URL and BASE_PATH the build used).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { distDir } from './paths';

export const DIST = distDir();

export function readDist(path: string): string {
  const file = join(DIST, path);
  if (!existsSync(file))
    throw new Error(`${path} is missing from the built site (${DIST}); run npm run build.`);
  return readFileSync(file, 'utf8');
}

export function distHas(path: string): boolean {
  return existsSync(join(DIST, path));
}

/** Every `…/index.html` page, as its directory relative to dist with a trailing slash ('' for home). */
export function htmlPageDirs(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const rel = relative(DIST, dir).split(sep).join('/');
        found.push(rel === '' ? '' : `${rel}/`);
      }
    }
  };
  walk(DIST);
  return found.sort();
}

/** Directories of the document pages: /reports/<slug>/, /statements/<slug>/, /responses/<slug>/. */
export function documentPageDirs(): string[] {
  return htmlPageDirs().filter((dir) => /^(reports|statements|responses)\/[^/]+\/$/.test(dir));
}

/** The full address of the home page, as the build wrote it (SITE_URL + BASE_PATH). */
export function homeUrl(): string {
  const match = /<link rel="canonical" href="([^"]+)"/.exec(readDist('index.html'));
  if (!match?.[1]) throw new Error('The home page has no canonical link.');
  return match[1];
}

/** The full address of a page given its directory under dist (as from htmlPageDirs). */
export function pageUrl(dir: string): string {
  return new URL(dir, homeUrl()).href;
}

/** The built HTML file behind a page's full address (fragment ignored). */
export function readPage(url: string): string {
  const home = homeUrl();
  const page = url.split('#')[0] ?? '';
  if (!page.startsWith(home)) throw new Error(`${url} is not on this site (${home})`);
  return readDist(`${page.slice(home.length)}index.html`);
}
