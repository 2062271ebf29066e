/**
 * content/aliases.yaml is read with the file, the line, the item (counted from one, as an
 * author counts them) and what is wrong with an address, with the address to write.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readAliases } from '../../../src/lib/permalinks/aliases';

let project: string | undefined;
afterEach(() => rm(project!, { recursive: true, force: true }));

/** The problems of an aliases file whose second item moves a report to `to`. */
async function problemsFor(to: string) {
  project = await mkdtemp(join(tmpdir(), 'read-aliases-'));
  const content = join(project, 'content');
  await mkdir(content);
  await writeFile(
    join(content, 'aliases.yaml'),
    [
      '- from: /reports/old-a/',
      '  to: /reports/new-a/',
      '- from: /reports/old-b/',
      `  to: ${to}`,
      '  reason: Renamed.',
      '',
    ].join('\n'),
  );
  const read = await readAliases(content, project);
  return 'problems' in read ? read.problems : [];
}

const problem = (message: string) => ({
  file: 'content/aliases.yaml',
  line: 4,
  field: 'item 2 to',
  message,
});

describe('an address in content/aliases.yaml', () => {
  test('with capitals is given back in lower case, with the reason', async () => {
    expect(await problemsFor('/reports/ncpi-wiltshire-2O22/')).toEqual([
      problem(
        "This address has capital letters. Write it as /reports/ncpi-wiltshire-2o22/ (the site's addresses are all in lower case).",
      ),
    ]);
  });

  test('each mistake that can be put right is named, and the address given back put right', async () => {
    for (const [to, message] of [
      ['/reports/new-b', 'This address has no "/" at the end. Write it as /reports/new-b/'],
      ['reports/new-b/', 'This address does not start with "/". Write it as /reports/new-b/'],
      [
        '/reports/new-b/#p7#p8',
        'This address has more than one "#". An address leads to one place: write /reports/new-b/#p7 or /reports/new-b/#p8.',
      ],
      [
        'https://example.org/reports/new-b/#p7',
        'This address starts with a domain. Write it as /reports/new-b/#p7',
      ],
      [
        '/Reports/new-b#p7',
        'This address has capital letters and has no "/" at the end, before the #. Write it as /reports/new-b/#p7 (the site\'s addresses are all in lower case).',
      ],
    ] as const)
      expect(await problemsFor(to), to).toEqual([problem(message)]);
  });

  test('one that cannot be put right is told the rule', async () => {
    expect(await problemsFor('/reports/new b/')).toEqual([
      problem(
        'Write to as a path from the site\'s root, in lower-case letters, digits and hyphens, that ends with "/", optionally followed by #anchor, e.g. /reports/old-slug/ or /reports/slug/#p7 (no domain, no base path).',
      ),
    ]);
  });

  // Followed by the build, a "." or ".." part would name another folder: the home page, or
  // one outside the site, which the alias's redirect page would then be written over.
  test('with a part that is only dots is refused, whichever way it is written', async () => {
    for (const to of ['/../../../tmp/x/', '/./', '/reports/../', '/reports/./#p2', '/.../']) {
      expect(await problemsFor(to), to).toEqual([
        problem(
          'This address has a part that is only dots ("." or ".."), which no address of the site has. Write the address as it was published, e.g. /reports/old-slug/.',
        ),
      ]);
    }
    expect(await problemsFor('/reports/v1.2/')).toEqual([]);
  });

  test('that is right reads', async () => {
    expect(await problemsFor('/reports/new-b/#p7')).toEqual([]);
  });
});
