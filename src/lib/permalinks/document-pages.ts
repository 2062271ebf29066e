/**
 * Which recorded pages are documents' own, and the file each is made from: the file an
 * author edits, so a problem on the page names it rather than the manifest. Content alone
 * says everything about such a page's body; other pages (lists, recommendations) are
 * known only once built.
 */
import { join } from 'node:path';
import { documentDirectory } from '../content/collection-layout';
import { documentAtPath } from '../site/urls';

/**
 * `/statements/x/` → `content/statements/x.mdx`, with `contentFolder` as the messages
 * name it (relative to the project root); undefined for a page that is not a document's.
 * The page's address gives the document (urls.ts); the content layout, its file: the two
 * folder names are separate on purpose, and only happen to be the same.
 */
export function documentSourceFile(path: string, contentFolder: string): string | undefined {
  const doc = documentAtPath(path);
  return doc && join(contentFolder, documentDirectory(doc.type), `${doc.id}.mdx`);
}
