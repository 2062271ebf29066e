/**
 * Which recorded pages are documents' own, and the file each is made from: the file an
 * author edits, so a problem on the page names it rather than the manifest. Content alone
 * says everything about such a page's body; other pages (lists, recommendations) are
 * known only once built.
 */
import { join } from 'node:path';
import { DOCUMENT_COLLECTIONS } from '../content/collection-layout';

const folders = Object.values(DOCUMENT_COLLECTIONS).map(({ directory }) => directory);

/** A document's own page, `/reports/<slug>/`; not a list page such as `/reports/page/2/`. */
const DOCUMENT_PAGE = new RegExp(`^/(?:${folders.join('|')})/[^/]+/$`);

export function isDocumentPage(path: string): boolean {
  return DOCUMENT_PAGE.test(path);
}

/**
 * `/statements/x/` → `content/statements/x.mdx`, with `contentFolder` as the messages
 * name it (relative to the project root); undefined for a page that is not a document's.
 */
export function documentSourceFile(path: string, contentFolder: string): string | undefined {
  const [, folder, slug] = path.split('/');
  return isDocumentPage(path) ? join(contentFolder, folder!, `${slug}.mdx`) : undefined;
}
