/**
 * The addresses the site publishes that the content does not make itself, for the check
 * of links in document bodies (check-body-links.ts): the pages recorded in the permalink
 * manifest (with the anchors recorded on them), the site's own fixed pages (the routes in
 * src/pages without a [parameter]; a new site has no manifest yet), and the files in
 * public/. Paths are without the base path, as content writes them.
 */
import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { contentRoot } from '../content/content-root';
import { MANIFEST_FILE, readRecordedPages } from '../permalinks/manifest';

export interface SiteAddresses {
  /** Page path (`/glossary/`) to the anchors recorded on it. */
  pages: ReadonlyMap<string, readonly string[]>;
  /** Every file in public/, as its address: `/images/map.png`. */
  files: ReadonlySet<string>;
}

/** For checks that know only the content (unit tests): no fixed pages, no files. */
export const CONTENT_ONLY: SiteAddresses = { pages: new Map(), files: new Set() };

const PAGE_EXTENSIONS = /\.(?:astro|md|mdx|html)$/;

/** Routes that are served at any address rather than at their own. */
const NOT_PAGES = new Set(['/404/']);

export async function readSiteAddresses(projectRoot: string): Promise<SiteAddresses> {
  const [recorded, fixed, files] = await Promise.all([
    readRecordedPages(join(contentRoot(projectRoot), MANIFEST_FILE)),
    filesUnder(join(projectRoot, 'src/pages')),
    filesUnder(join(projectRoot, 'public')),
  ]);
  const pages = new Map(recorded);
  for (const path of fixedPagePaths(fixed)) if (!pages.has(path)) pages.set(path, []);
  return { pages, files: new Set(files.map((file) => `/${file}`)) };
}

/**
 * `glossary/index.astro` → `/glossary/`, `search.astro` → `/search/`; a route with a
 * [parameter] makes pages from content (or from counts), so it is left out here.
 */
export function fixedPagePaths(routeFiles: readonly string[]): string[] {
  const paths: string[] = [];
  for (const file of routeFiles) {
    if (!PAGE_EXTENSIONS.test(file) || file.includes('[')) continue;
    const route = file.replace(PAGE_EXTENSIONS, '');
    const path = route === 'index' ? '/' : `/${route.replace(/(?:^|\/)index$/, '')}/`;
    if (!NOT_PAGES.has(path)) paths.push(path);
  }
  return paths;
}

/** Files under `dir`, relative, with forward slashes; none when it does not exist. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    );
}
