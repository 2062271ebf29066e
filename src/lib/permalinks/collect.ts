/**
 * Reads the built site and lists every page and every anchor a reader could have
 * copied a link to. An anchor is the id of a paragraph-level block (`p1`, `p2`, …), of
 * a heading or of a definition term (glossary entries), inside the page's `<main>`:
 * ids in the page's frame (navigation, scripts' live regions) are not promises.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { openFileFacts } from '../files/file-facts';
import { PARAGRAPH_ID } from '../markdown/paragraph-id';
import type { PermalinkMap } from './places';
import { ANCHOR_ALIAS_CLASS } from './redirects';
import type { UpdateCounts } from './rewording';
import {
  numberedBlockTexts,
  paragraphFingerprints,
  paragraphTexts,
  type ParagraphWordsMap,
} from './paragraph-words';

/** Pages that are not addresses anyone links to. */
const NOT_PAGES = new Set(['404.html']);

const ANCHOR_ELEMENT = /<([a-z][a-z0-9]*)\b[^>]*?\sid="([^"]+)"[^>]*>/g;

export function anchorsInHtml(html: string): Set<string> {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const main = start === -1 ? '' : html.slice(start, end === -1 ? undefined : end);
  const anchors = new Set<string>();
  for (const [element, tag, id] of main.matchAll(ANCHOR_ELEMENT)) {
    if (tag === 'main') continue;
    // An alias's marker (redirects.ts) stands for an anchor that moved, not a published one;
    // pages reused from the previous build (src/lib/render-cache/) already carry them.
    if (element.includes(`class="${ANCHOR_ALIAS_CLASS}"`)) continue;
    if (/^h[1-6]$/.test(tag!) || tag === 'dt' || PARAGRAPH_ID.test(id!)) anchors.add(id!);
  }
  return anchors;
}

/** `reports/x/index.html` → `/reports/x/`; `index.html` → `/`. Other files are not pages. */
export function pagePath(file: string): string | undefined {
  const path = file.split(sep).join('/');
  if (NOT_PAGES.has(path)) return undefined;
  if (path === 'index.html') return '/';
  return path.endsWith('/index.html') ? `/${path.slice(0, -'index.html'.length)}` : undefined;
}

const UPDATES_LIST = /<ul\b[^>]*\sdata-updates="(\d+)"/;

/**
 * How many dated updates a document's page lists (ChangeHistory.astro says so on its
 * list); undefined for a page that lists none, not being a document's.
 */
export function updatesInHtml(html: string): number | undefined {
  const count = UPDATES_LIST.exec(html)?.[1];
  return count === undefined ? undefined : Number(count);
}

/**
 * What the check needs of a page: its anchors, its numbered paragraphs' fingerprints and,
 * on a document's page, how many updates it lists.
 */
interface PageFact {
  anchors: string[];
  paragraphs: Record<string, string>;
  updates?: number;
}

function pageFact(html: string): PageFact {
  const updates = updatesInHtml(html);
  return {
    anchors: [...anchorsInHtml(html)],
    paragraphs: paragraphFingerprints(html),
    ...(updates === undefined ? {} : { updates }),
  };
}

/** The code that makes a page's facts: facts made by other code are not reused. */
const FACTS_VERSION = [
  pageFact,
  anchorsInHtml,
  updatesInHtml,
  UPDATES_LIST,
  ANCHOR_ELEMENT,
  PARAGRAPH_ID,
  ANCHOR_ALIAS_CLASS,
  paragraphFingerprints,
  paragraphTexts,
  numberedBlockTexts,
]
  .map(String)
  .join('\n');

export interface PublishedPermalinks {
  pages: PermalinkMap;
  paragraphs: ParagraphWordsMap;
  /** Documents' pages only: other pages list no updates. */
  updates: UpdateCounts;
}

export interface CollectedPermalinks extends PublishedPermalinks {
  /** How many pages were read; the others' facts were remembered (file-facts.ts). */
  read: number;
}

/**
 * Every page of the built site in `outDir`, its anchors and its paragraphs' fingerprints.
 * With `factsFile`, what was read from pages reused from the previous build, or rendered
 * again with a render-cache key (`keyOf`, by page path) an earlier build read, is
 * remembered rather than read again (file-facts.ts).
 */
export async function collectPermalinks(
  outDir: string,
  factsFile?: string,
  keyOf: (path: string) => string | undefined = () => undefined,
): Promise<CollectedPermalinks> {
  const facts = await openFileFacts<PageFact>(factsFile, FACTS_VERSION);
  const pages: PermalinkMap = new Map();
  const paragraphs: ParagraphWordsMap = new Map();
  const updates: UpdateCounts = new Map();
  // With file types: without them Node stats every entry to tell folders from files,
  // about a second for the 110,000 entries of a national build.
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => !entry.isDirectory() && entry.name.endsWith('.html'))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files) {
    const path = pagePath(file);
    if (path === undefined) continue;
    // Synchronous: nothing else runs after the build, and thousands of pages read faster
    // without a thread-pool round trip each.
    const fact = facts.of(join(outDir, file), pageFact, keyOf(path));
    pages.set(path, new Set(fact.anchors));
    const prints = Object.entries(fact.paragraphs);
    if (prints.length > 0) paragraphs.set(path, new Map(prints));
    if (fact.updates !== undefined) updates.set(path, fact.updates);
  }
  await facts.save();
  return { pages, paragraphs, updates, read: facts.read };
}
