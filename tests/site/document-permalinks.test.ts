/**
 * `npm run check:content` keeps the permalink promise without building, from each
 * document's compiled body (src/lib/permalinks/document-permalinks.ts). That holds only
 * while the body says all the build will read from the page: the anchors of the body, and
 * its paragraphs' words with the markup the page gives them (glossary terms marked). If the
 * page ever added an anchor or changed the words around the body, the quick check would
 * pass what the build refuses.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { DOCUMENT_COLLECTIONS } from '../../src/lib/content/collection-layout';
import { listContentFiles } from '../../src/lib/content/content-files';
import { contentRoot } from '../../src/lib/content/content-root';
import { readDocument } from '../../src/lib/content/read-document';
import { readGlossaryForCompiler } from '../../src/lib/glossary/read-glossary';
import { isPagePartId } from '../../src/lib/markdown/page-part-ids';
import { anchorsInHtml, updatesInHtml } from '../../src/lib/permalinks/collect';
import { collectDocumentPermalinks } from '../../src/lib/permalinks/document-permalinks';
import { paragraphFingerprints } from '../../src/lib/permalinks/paragraph-words';
import { documentPath } from '../../src/lib/site/urls';
import { readPageHtml } from '../support/built-site';
import { REPO_ROOT } from '../support/paths';

/** Each document's page as check:content knows it: read and compiled as check:content does. */
async function fromContent() {
  const root = contentRoot(REPO_ROOT);
  const glossary = (await readGlossaryForCompiler(root)).entries;
  const collector = collectDocumentPermalinks(new Map());
  for (const { type, directory, schema } of Object.values(DOCUMENT_COLLECTIONS)) {
    for (const file of await listContentFiles(`${root}/${directory}`, '.mdx', REPO_ROOT, [])) {
      const source = await readFile(file.absolute, 'utf8');
      const read = readDocument(source, file.filePath, schema, glossary);
      if ('problems' in read) throw new Error(`${file.filePath} does not read cleanly.`);
      collector.add(
        documentPath({ type, id: file.id }),
        read.document.compiled,
        read.document.data.changes.length,
      );
    }
  }
  return collector.collected();
}

test("what check:content knows of each document's page is what the build reads from it", async () => {
  const known = await fromContent();
  expect(known.pages.size).toBeGreaterThan(0);
  for (const [path, anchors] of known.pages) {
    const html = readPageHtml(path);
    const bodyAnchors = [...anchorsInHtml(html)].filter((anchor) => !isPagePartId(anchor));
    expect(bodyAnchors.sort(), path).toEqual([...anchors].sort());
    expect(paragraphFingerprints(html), path).toEqual(
      Object.fromEntries(known.paragraphs.get(path) ?? []),
    );
    expect(updatesInHtml(html), path).toBe(known.updates.get(path));
  }
});
