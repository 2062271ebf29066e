/**
 * A page alias makes a folder with a redirect page in it: at an address inside a file the
 * site publishes, that folder cannot be made, and the build says which alias and why
 * instead of failing on the file system's error.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { aliasesIntoFiles } from '../../../src/lib/permalinks/alias-clashes';
import { parsePlace } from '../../../src/lib/permalinks/places';

let outDir: string;
beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'alias-clashes-'));
  await mkdir(join(outDir, 'data'));
  await writeFile(join(outDir, 'data/documents.json'), '{}');
  await writeFile(join(outDir, 'feed.xml'), '<feed/>');
  await mkdir(join(outDir, 'reports/x'), { recursive: true });
  await writeFile(join(outDir, 'reports/x/index.html'), '<p>x</p>');
});
afterEach(() => rm(outDir, { recursive: true, force: true }));

const alias = (from: string, line: number) => ({
  from: parsePlace(from),
  to: parsePlace('/reports/x/'),
  line,
});

describe('a page alias', () => {
  test('inside a published file is named with its line and the file', () => {
    const problems = aliasesIntoFiles(
      outDir,
      [alias('/data/documents.json/', 3), alias('/feed.xml/old/', 5)],
      'content/aliases.yaml',
    );
    expect(problems).toEqual([
      {
        file: 'content/aliases.yaml',
        line: 3,
        field: '/data/documents.json/',
        message:
          '/data/documents.json/ is inside /data/documents.json, a file the site publishes, so no page can be made there. Write the address of the page that moved, e.g. /reports/old-slug/, or delete this alias.',
      },
      expect.objectContaining({ line: 5, field: '/feed.xml/old/' }),
    ]);
  });

  test('at a folder, new or already there, or an anchor alias, is no clash', () => {
    const problems = aliasesIntoFiles(
      outDir,
      [alias('/reports/old/', 3), alias('/data/old/', 5), alias('/reports/x/#p9', 7)],
      'content/aliases.yaml',
    );
    expect(problems).toEqual([]);
  });
});
