/**
 * The addresses the site publishes that the content does not make itself, for the check
 * of links in document bodies (check-body-links.ts): the pages recorded in the permalink
 * manifest (with the anchors recorded on them), the site's own fixed pages (the routes in
 * src/pages without a [parameter]; a new site has no manifest yet), the files in
 * public/, and the files the build writes itself (feeds, open data, the search index).
 * Paths are without the base path, as content writes them.
 */
import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { contentRoot } from '../content/content-root';
import { MANIFEST_FILE, readRecordedPages } from '../permalinks/manifest';
import { DATE_ORDER_PATH } from '../search/date-order';
import { MORE_SHARDS_FOLDER, PRIMARY_SHARD_FOLDER } from '../search/search-shards';
import { escapeRegExp } from '../text/escape-reg-exp';

export interface SiteAddresses {
  /** Page path (`/glossary/`) to the anchors recorded on it. */
  pages: ReadonlyMap<string, readonly string[]>;
  /** Every file in public/, as its address: `/images/map.png`. */
  files: ReadonlySet<string>;
  /** The addresses of files the build writes: `/data/documents.json`, `/organisations/…/feed.xml`. */
  builtFiles: readonly RegExp[];
}

/** For checks that know only the content (unit tests): no fixed pages, no files. */
export const CONTENT_ONLY: SiteAddresses = { pages: new Map(), files: new Set(), builtFiles: [] };

/**
 * Written after Astro's pages, where no route says so: the sitemap (@astrojs/sitemap),
 * and the search index (build-search-index.ts), from the addresses the search step
 * writes to: any file in a shard's folder (Pagefind names them), and the date order.
 */
const WRITTEN_AFTER_PAGES = [
  /^\/sitemap-[\w-]+\.xml$/,
  new RegExp(`^${escapeRegExp(PRIMARY_SHARD_FOLDER)}[^/]`),
  // The shards after the first are numbered from 1 (shardFolders).
  new RegExp(`^${escapeRegExp(MORE_SHARDS_FOLDER)}[1-9]\\d*/[^/]`),
  new RegExp(`^${escapeRegExp(DATE_ORDER_PATH)}$`),
];

const PAGE_EXTENSIONS = /\.(?:astro|md|mdx|html)$/;

/** Routes that are served at any address rather than at their own. */
const NOT_PAGES = new Set(['/404/']);

/**
 * @param recordedPages The manifest's pages, when the caller has read the manifest already
 *   (check:content reads all of it): at national scale it is large, so it is read once.
 */
export async function readSiteAddresses(
  projectRoot: string,
  recordedPages?: ReadonlyMap<string, readonly string[]>,
): Promise<SiteAddresses> {
  const [recorded, fixed, files] = await Promise.all([
    recordedPages ?? readRecordedPages(join(contentRoot(projectRoot), MANIFEST_FILE)),
    filesUnder(join(projectRoot, 'src/pages')),
    filesUnder(join(projectRoot, 'public')),
  ]);
  const pages = new Map(recorded);
  for (const path of fixedPagePaths(fixed)) if (!pages.has(path)) pages.set(path, []);
  return {
    pages,
    files: new Set(files.map((file) => `/${file}`)),
    builtFiles: builtFilePatterns(fixed),
  };
}

/**
 * The addresses of the files the build writes: those of the routes that make files rather
 * than pages (`data/documents.json.ts`, `organisations/[id]/feed.xml.ts`), where a
 * [parameter] matches any one part of an address and a [...rest] any number, and those
 * written after Astro's pages (the sitemap, the search index).
 */
export function builtFilePatterns(routeFiles: readonly string[]): RegExp[] {
  return [...routeFilePatterns(routeFiles), ...WRITTEN_AFTER_PAGES];
}

function routeFilePatterns(routeFiles: readonly string[]): RegExp[] {
  return routeFiles
    .filter((file) => /\.[a-z0-9]+\.ts$/i.test(file))
    .map((file) => {
      const route = file
        .replace(/\.ts$/, '')
        .split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
        .map((part) =>
          part.startsWith('[...') ? '.+' : part.startsWith('[') ? '[^/]+' : escapeRegExp(part),
        )
        .join('');
      return new RegExp(`^/${route}$`);
    });
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
