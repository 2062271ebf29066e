/**
 * During `npm run build` only: decides, for each page Astro is about to render, whether
 * the previous build's file for it is still exactly right (page-keys.ts explains the
 * key). If so, Astro is handed an empty placeholder instead of the page, and once every
 * page is written (integration.ts) the placeholder is replaced by a hard link to the
 * previous build's file: copying 60,000 pages through Astro would read and write every
 * byte of them again, which was most of a rebuild's time at 10,000 documents.
 * src/middleware.ts calls it.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ALIASES_FILE } from '../permalinks/aliases';
import { contentRoot } from '../content/content-root';
import { loadSite } from '../site/load-site';
import { documentAtPath } from '../site/urls';
import type { PageKeysFile, RenderCacheSettings as Settings } from './build-env';
import {
  documentBodyIdentity,
  documentOfPage,
  isCacheable,
  pageKey,
  pathWithinSite,
} from './page-keys';
import { pageInputs, type PageInputs } from './page-inputs';
import { outputFile } from './output-file';
import { renderCacheRegistry } from './registry';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

let inputs: Promise<PageInputs> | undefined;
let previousKeys: Promise<Record<string, string>> | undefined;

async function loadPageInputs(): Promise<PageInputs> {
  const aliasesFile = join(contentRoot(process.cwd()), ALIASES_FILE);
  const [site, aliases] = await Promise.all([
    loadSite(),
    readFile(aliasesFile, 'utf8').catch(() => ''),
  ]);
  return pageInputs(site, aliases);
}

async function readPreviousKeys(file: string | undefined): Promise<Record<string, string>> {
  if (!file) return {};
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return text ? (JSON.parse(text) as PageKeysFile).pages : {};
}

async function keyOf(sitePath: string, settings: Settings): Promise<string | undefined> {
  inputs ??= loadPageInputs();
  const shown = (await inputs).digestFor(sitePath);
  let extra = '';
  if (documentAtPath(sitePath)) {
    const site = await loadSite();
    const doc = documentOfPage(sitePath, site.documents);
    if (!doc) return undefined;
    const htmlFile = (site.entries.get(doc.id)?.rendered?.metadata as { htmlFile?: string })
      ?.htmlFile;
    extra = documentBodyIdentity(doc, htmlFile);
  }
  return pageKey({ codeDigest: settings.codeDigest, shown, sitePath, extra });
}

/**
 * Whether the previous build's file for this page is still exactly right (its key is
 * unchanged and the file is there). Records the page's key for the next build, and, when
 * it is reusable, the page among those integration.ts links from the previous build.
 */
export async function isReusable(sitePath: string, settings: Settings): Promise<boolean> {
  const registry = renderCacheRegistry();
  const key = isCacheable(sitePath) ? await keyOf(sitePath, settings) : undefined;
  if (key === undefined) return false;
  registry.keys.set(sitePath, key);
  previousKeys ??= readPreviousKeys(settings.previousKeys);
  const unchanged =
    settings.previousDir !== undefined &&
    (await previousKeys)[sitePath] === key &&
    (await stat(outputFile(settings.previousDir, sitePath)).then(
      (file) => file.isFile(),
      () => false,
    ));
  if (unchanged) registry.reused.add(sitePath);
  return unchanged;
}

/**
 * For the middleware: an empty placeholder when the page is reusable (integration.ts
 * puts the previous build's file in its place), undefined when the page must render.
 */
export async function reusablePage(
  pathname: string,
  base: string,
  settings: Settings,
): Promise<Response | undefined> {
  const sitePath = pathWithinSite(pathname, base);
  const registry = renderCacheRegistry();
  // Keyed already by its route's getStaticPaths (skip-unchanged.ts), which kept it because
  // it must render: no need to work out the same answer again.
  const decided = registry.keys.has(sitePath);
  if (decided || !(await isReusable(sitePath, settings))) {
    registry.rendered++;
    return undefined;
  }
  registry.placeholders.add(sitePath);
  const type = CONTENT_TYPES[extname(outputFile('', sitePath))] ?? 'application/octet-stream';
  return new Response('', { headers: { 'Content-Type': type } });
}
