/**
 * Which built pages `npm run build` may copy from the previous build instead of rendering
 * them again, and the key that says when a copy is still right (src/middleware.ts uses it).
 *
 * A page's key is a digest of everything its output can depend on:
 *   - the code digest (code-digest.ts: every file under src/, the Astro config, the
 *     lockfile, and the environment variables that change output), from build.ts;
 *   - what the page shows (page-inputs.ts): for the page of a document (and its social
 *     card), a recommendation (and its briefing and feed), an organisation (and its feed)
 *     or a person, their neighbourhood (the documents and recommendations they show,
 *     without document bodies); for a page of a long list, the entries it shows; for
 *     /organisations/ and /people/, every organisation and person with their document
 *     counts; for any other page, the whole site's structure: every document WITHOUT its
 *     body (no HTML, no paragraph list) and every organisation, person, recommendation
 *     and glossary term; for every page, content/aliases.yaml (the permalink check writes
 *     alias markers into pages). A search filter-id file is keyed by the labels it holds
 *     and nothing else: it has no anchors, and shows nothing but those labels; a file of
 *     pages about names (about-pages.ts) by the organisations, people and glossary, which
 *     are all it shows;
 *   - the page's path;
 *   - for a document page only, its own body: the compiled HTML's identity (its file is
 *     named by the digest of source and pipeline) and its paragraph ids.
 * So editing one document's words re-renders that document's page only; a new document
 * or a changed title re-renders its neighbours and the pages that list the whole site;
 * a changed organisation, person, glossary term or alias re-renders every page (and a
 * changed name, the filter-id file it falls in).
 *
 * THE RULE that keeps this safe: a route may be on CACHEABLE_ROUTES only if everything
 * its pages show comes from those inputs. A page (or a component it uses) that reads
 * `site.entries`, a compiled HTML body, `doc.paragraphs`, a file, an environment variable
 * not in the code digest, or the current date must either have that input added to its
 * key (page-inputs.ts), or stay off the list (it then renders in every build, which is
 * always right). Off the list today: /data/* (documents.json counts paragraphs), /404/, and any route
 * not named below, including routes added later.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { escapeRegExp } from '../text/escape-reg-exp';
import { documentAtPath, TYPE_FOLDER } from '../site/urls';
import type { SiteDocument } from '../site/types';
import { stableJson } from './stable-json';

/** The folders of document addresses (urls.ts), as a RegExp alternation: `reports|statements|…`. */
const DOCUMENT_FOLDERS = Object.values(TYPE_FOLDER).map(escapeRegExp).join('|');

/**
 * Routes besides documents' pages whose pages depend only on the key's inputs (a
 * document's page does too, with its own body added to the key: documentBodyIdentity).
 * Paths are without the base path.
 */
const CACHEABLE_ROUTES: readonly RegExp[] = [
  /^\/recommendations\/[^/]+\/(?:briefing\/|feed\.xml)?$/,
  /^\/organisations\/[^/]+\/(?:feed\.xml)?$/,
  /^\/people\/[^/]+\/$/,
  /^\/social\/.+\.png$/,
  /^\/search\/filter-ids\/[^/]+\/\d+\.json$/,
  /^\/search\/about\/[^/]+\.json$/,
  new RegExp(
    `^/(?:documents|${DOCUMENT_FOLDERS}|recommendations|organisations|people|timeline|glossary|search|accessibility)/$`,
  ),
  // The later pages of the long lists (src/lib/site/paged-lists.ts).
  new RegExp(String.raw`^/(?:documents|${DOCUMENT_FOLDERS}|recommendations)/page/\d+/$`),
  /^\/timeline\/\d+\/(?:page\/\d+\/)?$/,
  /^\/(?:feed\.xml|deadlines\.ics|robots\.txt)?$/,
];

/** The page's path without the site's base path (`/sub/reports/x/` → `/reports/x/`). */
export function pathWithinSite(pathname: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  const path = pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
  return decodeURI(path);
}

export function isCacheable(sitePath: string): boolean {
  return (
    documentAtPath(sitePath) !== undefined || CACHEABLE_ROUTES.some((route) => route.test(sitePath))
  );
}

/** Documents by `type/slug`, built once per list: a linear search per page would make a
 * build with tens of thousands of pages quadratic. */
const documentIndexes = new WeakMap<readonly SiteDocument[], Map<string, SiteDocument>>();

/** The document a document page shows, or undefined for any other path. */
export function documentOfPage(
  sitePath: string,
  documents: readonly SiteDocument[],
): SiteDocument | undefined {
  const place = documentAtPath(sitePath);
  if (!place) return undefined;
  let index = documentIndexes.get(documents);
  if (!index) {
    index = new Map(documents.map((doc) => [`${doc.type}/${doc.id}`, doc]));
    documentIndexes.set(documents, index);
  }
  return index.get(`${place.type}/${place.id}`);
}

/**
 * What a document page shows beyond the structure: its body. The compiled HTML file is
 * named by the digest of the source and the pipeline, so its name identifies the HTML
 * (only the name: the cache folder may differ between builds).
 */
export function documentBodyIdentity(doc: SiteDocument, htmlFile: string | undefined): string {
  return JSON.stringify({ html: htmlFile ? basename(htmlFile) : null, paragraphs: doc.paragraphs });
}

export interface PageKeyInput {
  codeDigest: string;
  /** What the page shows: page-inputs.ts. */
  shown: string;
  sitePath: string;
  /** documentBodyIdentity() for a document page; empty for other pages. */
  extra: string;
}

export function pageKey({ codeDigest, shown, sitePath, extra }: PageKeyInput): string {
  return createHash('sha256')
    .update(stableJson([codeDigest, shown, sitePath, extra]))
    .digest('hex');
}
