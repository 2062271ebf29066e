/**
 * Everything a link in a document body can lead to, looked up in constant time: the pages
 * the content makes (documents, recommendations, organisations, people) as the routes in
 * src/pages make them, and the pages and files the site has besides (site-addresses.ts).
 * Built once per check; a national site's 10,000 documents hold tens of thousands of
 * links, so no lookup here walks a list of pages.
 */
import { isPagePartId } from '../markdown/page-part-ids';
import { SITE_CARD_PATH, socialCardPath } from '../share/social-card-path';
import type { SiteContent, SiteDocument } from '../site/types';
import {
  briefingPath,
  documentPath,
  organisationPath,
  personPath,
  recommendationPath,
} from '../site/urls';
import { alphabeticalNeighbours } from './nearest';
import type { SiteAddresses } from './site-addresses';
import { nothingUnread, type UnreadEntries } from './unread-entries';

/**
 * Pages that exist or not by how many entries a list has (a list's later pages, a long
 * year of the timeline): not known from the content check's point of view, so links to
 * them are left to the check of the built site.
 */
const PAGES_BY_COUNT = [/^\/[^/]+\/page\/\d+\/$/, /^\/timeline\/\d+\/(?:page\/\d+\/)?$/];

export interface LinkTargets {
  /** The document published at a page path (not one whose file failed to read). */
  documentAt(path: string): SiteDocument | undefined;
  /** A document by its slug, whatever its type, read or not. */
  documentWithId(id: string): Pick<SiteDocument, 'type' | 'id'> | undefined;
  isPage(path: string): boolean;
  /** A page that exists or not by how long a list is (`/reports/page/3/`). */
  isCountedPage(path: string): boolean;
  isFile(path: string): boolean;
  /** Whether the build writes a file at `path` (a feed, open data, the search index). */
  isBuiltFile(path: string): boolean;
  /** Whether the document's page has an element with this id (besides its paragraphs). */
  hasNamedAnchor(doc: SiteDocument, anchor: string): boolean;
  /** A few existing pages (or files) in the same folder as `path`, nearest in order. */
  nearby(path: string, among: 'pages' | 'files'): string[];
}

/**
 * @param unread Entries whose files failed to read (unread-entries.ts): their pages and
 *   files will be made, but what is on a document's page is not known.
 */
export function linkTargets(
  site: SiteContent,
  addresses: SiteAddresses,
  unread: UnreadEntries = nothingUnread(),
): LinkTargets {
  const documents = new Map(site.documents.map((doc) => [documentPath(doc), doc]));
  const allDocuments = [...site.documents, ...unread.documents];
  const documentsById = new Map(allDocuments.map((doc) => [doc.id, doc]));
  const contentPages = new Set<string>([
    ...unread.documents.map((doc) => documentPath(doc)),
    ...[...site.recommendations.map(({ id }) => id), ...unread.recommendations].flatMap((id) => [
      recommendationPath(id),
      briefingPath(id),
    ]),
    ...[...site.organisations.map(({ id }) => id), ...unread.organisations].map(organisationPath),
    ...[...site.people.map(({ id }) => id), ...unread.people].map(personPath),
  ]);
  const contentFiles = new Set([SITE_CARD_PATH, ...allDocuments.map((doc) => socialCardPath(doc))]);
  const isPage = (path: string) =>
    documents.has(path) || contentPages.has(path) || addresses.pages.has(path);
  const isFile = (path: string) => addresses.files.has(path) || contentFiles.has(path);

  // Made when first asked for: a page's heading and recorded ids, and each folder's entries.
  const namedAnchors = new Map<SiteDocument, Set<string>>();
  const sortedByFolder = new Map<'pages' | 'files', Map<string, string[]>>();
  const folders = (among: 'pages' | 'files') => {
    let byFolder = sortedByFolder.get(among);
    if (!byFolder) {
      const all =
        among === 'pages'
          ? [...documents.keys(), ...contentPages, ...addresses.pages.keys()]
          : [...addresses.files, ...contentFiles];
      byFolder = groupSorted(all);
      sortedByFolder.set(among, byFolder);
    }
    return byFolder;
  };

  return {
    documentAt: (path) => documents.get(path),
    documentWithId: (id) => documentsById.get(id),
    isPage,
    isCountedPage: (path) => PAGES_BY_COUNT.some((pattern) => pattern.test(path)),
    isFile,
    isBuiltFile: (path) => addresses.builtFiles.some((pattern) => pattern.test(path)),
    hasNamedAnchor(doc, anchor) {
      if (isPagePartId(anchor)) return true;
      let ids = namedAnchors.get(doc);
      if (!ids) {
        // Recorded anchors were published, so they stay (an alias's marker keeps a moved one).
        const recorded = addresses.pages.get(documentPath(doc)) ?? [];
        ids = new Set([...doc.headings.map((heading) => heading.slug), ...recorded]);
        namedAnchors.set(doc, ids);
      }
      return ids.has(anchor);
    },
    nearby(path, among) {
      const sorted = folders(among).get(folderOf(path)) ?? [];
      return alphabeticalNeighbours(sorted, path, 3);
    },
  };
}

/** `/reports/x/` → `/reports/`; `/images/a.png` → `/images/`; `/x/` → `/`. */
function folderOf(path: string): string {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.slice(0, trimmed.lastIndexOf('/') + 1);
}

function groupSorted(paths: Iterable<string>): Map<string, string[]> {
  const byFolder = new Map<string, string[]>();
  for (const path of new Set(paths)) {
    const folder = folderOf(path);
    const list = byFolder.get(folder) ?? [];
    list.push(path);
    byFolder.set(folder, list);
  }
  for (const list of byFolder.values()) list.sort();
  return byFolder;
}
