/**
 * Reading the built site (dist/) as a visitor's browser would receive it: one page by its
 * URL path or full address, any file, or every page. Full addresses come from the home
 * page's canonical link, so the tests follow whatever SITE_URL and BASE_PATH the build used.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { distDir } from './paths';

/** The HTML file Astro wrote for a URL path such as `/reports/x/` (in `dist`, default the build). */
export function fileForPath(urlPath: string, dist = distDir()): string {
  const clean = urlPath.split('#')[0]!.split('?')[0]!;
  return join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** A page's raw HTML, for tests that look at exact markup and meta tags. */
export function readPageHtml(urlPath: string, dist = distDir()): string {
  return readFileSync(fileForPath(urlPath, dist), 'utf8');
}

/** URL paths of every document page: /reports/<slug>/, /statements/<slug>/, /responses/<slug>/. */
export function documentPaths(dist = distDir()): string[] {
  return ['reports', 'statements', 'responses'].flatMap((folder) =>
    readdirSync(join(dist, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `/${folder}/${entry.name}/`),
  );
}

export async function readPage(urlPath: string): Promise<cheerio.CheerioAPI> {
  return cheerio.load(await readFile(fileForPath(urlPath), 'utf8'));
}

/** URL paths of every HTML page in the build, e.g. `/`, `/reports/x/`, `/404.html`. */
export async function allPagePaths(): Promise<string[]> {
  const files = await readdir(distDir(), { recursive: true });
  return files
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${relative('.', file).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** Whitespace as a reader sees it: runs of spaces (including no-break spaces) are one space. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A built HTML page with the URL it is served at, parsed. */
export interface BuiltPage {
  /** Path of the file inside dist/, with forward slashes, e.g. `reports/index.html`. */
  file: string;
  /** Path the page is served at, under the base, e.g. `/reports/` or `/404.html`. */
  url: string;
  html: string;
  $: cheerio.CheerioAPI;
}

/** The base path the site was built for (BASE_PATH), always starting and ending with `/`. */
export function sitePathBase(): string {
  return `/${process.env.BASE_PATH ?? ''}/`.replace(/\/{2,}/g, '/');
}

/** Every file in a built site, as paths relative to it with forward slashes, sorted. */
export async function builtFiles(dir = distDir()): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The URL a built HTML file is served at: `a/index.html` → `<base>a/`. */
export function urlOfFile(file: string, base = sitePathBase()): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

let parsedPages: Promise<BuiltPage[]> | undefined;

/** Every HTML page of the built site, parsed once per test file. */
export function builtPages(): Promise<BuiltPage[]> {
  parsedPages ??= (async () => {
    const files = (await builtFiles()).filter((file) => file.endsWith('.html'));
    return Promise.all(
      files.map(async (file) => {
        const html = await readFile(join(distDir(), file), 'utf8');
        return { file, url: urlOfFile(file), html, $: cheerio.load(html) };
      }),
    );
  })();
  return parsedPages;
}

export const DIST = distDir();

/** A file of the built site, by its path inside dist/; fails plainly when it is missing. */
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

/** Directories of the document pages, relative to dist: `reports/<slug>/`… (see documentPaths). */
export function documentPageDirs(): string[] {
  return documentPaths(DIST)
    .map((path) => path.slice(1))
    .sort();
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

/** The built HTML behind a page's full address (fragment ignored). */
export function readPageAtUrl(url: string): string {
  const home = homeUrl();
  const page = url.split('#')[0] ?? '';
  if (!page.startsWith(home)) throw new Error(`${url} is not on this site (${home})`);
  return readDist(`${page.slice(home.length)}index.html`);
}
