/**
 * content/permalinks.json is what protects a published address: a page, anchor or
 * paragraph it does not record can be removed later and no build objects. The build only
 * notes new pages in its log, so a heading added and never recorded went unprotected (and
 * a corrected paragraph kept its old words, against which a renumbering is detected). The
 * committed manifest must already hold everything the site publishes now.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { contentRoot } from '../../src/lib/content/content-root';
import { collectPermalinks } from '../../src/lib/permalinks/collect';
import {
  MANIFEST_FILE,
  mergeManifest,
  readManifest,
  serialiseManifest,
} from '../../src/lib/permalinks/manifest';
import { distDir, REPO_ROOT } from '../support/paths';

test('the committed permalink manifest records every page, anchor and paragraph published', async () => {
  const recorded = await readManifest(join(contentRoot(REPO_ROOT), MANIFEST_FILE));
  const published = await collectPermalinks(distDir());
  expect(
    serialiseManifest(mergeManifest(recorded, published)),
    'run npm run permalinks:record and commit content/permalinks.json',
  ).toBe(serialiseManifest(recorded));
});
