// The built site (dist/) as data for the site tests: every HTML page parsed into a tree,
// with the URL it is served at. Parsed once per test file.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { distDir } from './paths';

export interface BuiltPage {
  /** Path of the file inside dist/, with forward slashes, e.g. `reports/index.html`. */
  file: string;
  /** Path the page is served at, under the base, e.g. `/reports/` or `/404.html`. */
  url: string;
  html: string;
  tree: Root;
}

/** The base path the site was built for (BASE_PATH), always starting and ending with `/`. */
export function sitePathBase(): string {
  const base = process.env.BASE_PATH ?? '/';
  return `/${base}/`.replace(/\/{2,}/g, '/');
}

/** Every file in the built site, as paths relative to dist/ with forward slashes, sorted. */
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

let pages: Promise<BuiltPage[]> | undefined;

/** Every HTML page of the built site, parsed. */
export function builtPages(): Promise<BuiltPage[]> {
  pages ??= (async () => {
    const dir = distDir();
    const files = (await builtFiles(dir)).filter((file) => file.endsWith('.html'));
    return Promise.all(
      files.map(async (file) => {
        const html = await readFile(join(dir, file), 'utf8');
        return { file, url: urlOfFile(file), html, tree: fromHtml(html) };
      }),
    );
  })();
  return pages;
}

/** Every element in a tree, optionally only those with the given tag name. */
export function elementsOf(tree: Root, tagName?: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element) => {
    if (tagName === undefined || element.tagName === tagName) found.push(element);
  });
  return found;
}

/** An attribute as a string (hast stores some as arrays or booleans), or undefined. */
export function attributeOf(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}
