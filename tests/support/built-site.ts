/**
 * Reading the built site as a visitor's browser would receive it: one page by its URL
 * path, or every page.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { distDir } from './paths';

/** The HTML file Astro wrote for a URL path such as `/reports/x/`. */
export function fileForPath(urlPath: string): string {
  const clean = urlPath.split('#')[0]!.split('?')[0]!;
  return join(distDir(), clean.endsWith('/') ? `${clean}index.html` : clean);
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
