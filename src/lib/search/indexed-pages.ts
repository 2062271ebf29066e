/**
 * The document pages of a built site that the search index is made of (those with a
 * `data-pagefind-body`), each with the digest of its search edition and its place in the
 * date order. What was learnt of a page is remembered between builds (file-facts.ts), so
 * a page reused from the previous build is not read again.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openFileFacts } from '../files/file-facts.ts';
import { DOCUMENT_TYPES } from '../site/labels.ts';
import { TYPE_FOLDER } from '../site/urls.ts';
import { PAGE_SORT_KEYS_CODE, readPageSortKeys, type PageSortKeys } from './page-sort-keys.ts';
import { hasSearchBody, SEARCH_EDITION_CODE, searchEdition } from './search-edition.ts';
import type { ShardablePage } from './search-shards.ts';

export interface IndexedPage extends ShardablePage {
  /** sha256 of the page's search edition: what the shard digest is made of. */
  digest: Buffer;
  /** Its place in search's date order. */
  order: PageSortKeys;
}

/** What the index needs to know of a page: null for a page that is not a document's. */
type PageFact = { digest: string; order: PageSortKeys } | null;

/** Document pages (those with a `data-pagefind-body`), with the sort date the search page orders them by. */
export async function readIndexedPages(
  site: string,
  factsFile: string | undefined,
  pageKeys: Readonly<Record<string, string>>,
): Promise<{ pages: IndexedPage[]; read: number }> {
  const facts = await openFileFacts<PageFact>(factsFile, FACTS_VERSION);
  const pages: IndexedPage[] = [];
  for (const type of DOCUMENT_TYPES) {
    const folder = TYPE_FOLDER[type];
    const slugs = await readdir(path.join(site, folder)).catch(() => []);
    for (const slug of slugs.sort()) {
      const pagePath = `${folder}/${slug}/index.html`;
      const file = path.join(site, pagePath);
      if (!existsSync(file)) continue;
      const fact = facts.of(
        file,
        (html) => pageFact(html, pagePath),
        pageKeys[`/${folder}/${slug}/`],
      );
      if (fact)
        pages.push({
          path: pagePath,
          date: fact.order.day,
          digest: Buffer.from(fact.digest, 'hex'),
          order: fact.order,
        });
    }
  }
  await facts.save();
  return { pages, read: facts.read };
}

function pageFact(html: string, pagePath: string): PageFact {
  // Not a document page: a redirect left at a moved document's old address, say.
  if (!hasSearchBody(html)) return null;
  // Only the digest is kept: 10,000 pages held whole would cost this process 250 MB
  // while Pagefind, the build's largest user of memory, is running beside it. A change
  // outside the indexed part (a new related document, say) leaves the digest as it was.
  const edition = searchEdition(html);
  return {
    digest: createHash('sha256').update(edition).digest('hex'),
    order: readPageSortKeys(edition, pagePath),
  };
}

/** The code that makes a page's facts: facts made by other code are not reused. */
const FACTS_VERSION = [pageFact, hasSearchBody, SEARCH_EDITION_CODE, PAGE_SORT_KEYS_CODE]
  .map(String)
  .join('\n');
