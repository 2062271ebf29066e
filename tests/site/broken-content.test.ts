/**
 * A broken content file must stop the real build with a message an author can act on:
 * the file, the line or field, and what to write instead.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildFixture, fixtureContent, removeAll } from '../support/build-fixture';

const STATEMENT = 'statements/example-statement.mdx';
const made: string[] = [];

async function buildBroken(edit: (source: string) => string) {
  const content = await fixtureContent(async (dir) => {
    const file = join(dir, STATEMENT);
    await writeFile(file, edit(await readFile(file, 'utf8')));
  });
  const build = await buildFixture(content);
  made.push(content, build.outDir);
  return build;
}

afterEach(async () => {
  await removeAll(...made.splice(0));
});

describe('a broken content file fails the build', () => {
  test('a dangling reference names the file, the line, the field and the ids that exist', async () => {
    const build = await buildBroken((source) =>
      source
        .replace('authors: [example-author]', 'authors: [nobody]')
        .replace('verbatim: true\n', 'verbatim: true\nthemes: [custody]\n'),
    );
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(
      /example-statement\.mdx:6 authors\.0: There is no person "nobody"\. Write the id of an existing person \(example-author\)/,
    );
    // The fixture lists no themes: one not in content/themes.yaml is a typo or a new theme.
    expect(build.output).toMatch(
      /example-statement\.mdx:10 themes\.0: There is no theme "custody"\. Write the id of an existing theme \(none yet\), or add it to content\/themes\.yaml, with the label readers see\./,
    );
  });

  test('a missing field and code in the body are both reported, each with its line', async () => {
    const build = await buildBroken(
      (source) =>
        `${source.replace('summary: A statement used by the tests.\n', '')}\n<script>alert(1)</script>\n`,
    );
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('The content has 2 problems; nothing was published.');
    expect(build.output).toMatch(
      /example-statement\.mdx:2 summary: This field is missing\. Write a one- or two-sentence summary\./,
    );
    expect(build.output).toMatch(/example-statement\.mdx:15:1 <script> is not allowed in content/);
    // Only the problems: no stack trace of the site's code, and not Astro's hint about
    // browser APIs, which it gives for any error that mentions "document".
    expect(build.output).not.toMatch(/Stack trace|Location:|Browser APIs|\bat .*\.ts:\d+/);
  });

  test('links in the body to a paragraph, page or image that does not exist are each named with their line', async () => {
    const build = await buildBroken((source) =>
      source.replace(
        'The second paragraph.',
        [
          'The second paragraph.',
          '',
          'As [paragraph 9](#p9) says.',
          '',
          'See [the report](/reports/no-such-report/).',
          '',
          '![A chart](/images/missing.png)',
        ].join('\n'),
      ),
    );
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('The content has 3 problems; nothing was published.');
    expect(build.output).toContain(
      'example-statement.mdx:16:4 The link "#p9" leads to no paragraph: this document has paragraphs p1–p5; there is no p9.',
    );
    expect(build.output).toContain(
      'example-statement.mdx:18:5 The link "/reports/no-such-report/" leads to no page: this site has no /reports/no-such-report/',
    );
    expect(build.output).toContain(
      'example-statement.mdx:20:1 The image "/images/missing.png" is not on the site: there is no file public/images/missing.png.',
    );
    expect(existsSync(join(build.outDir, 'dist', 'statements'))).toBe(false);
  });

  // Saved one letter short of statements/, a document was never published, and no build said so.
  // A file that cannot be read, and the content folder as a whole, are checked in one build.
  test('a folder the build does not read, and a file not saved as UTF-8, are named in one build', async () => {
    const content = await fixtureContent(async (dir) => {
      await mkdir(join(dir, 'statement'));
      await writeFile(join(dir, 'statement/new.mdx'), await readFile(join(dir, STATEMENT)));
      await writeFile(join(dir, 'people/latin-1.yaml'), Buffer.from('name: Caf\xe9\n', 'latin1'));
    });
    const build = await buildFixture(content);
    made.push(content, build.outDir);
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('The content has 2 problems; nothing was published.');
    expect(build.output).toMatch(
      /people\/latin-1\.yaml:1:10 This file is not saved as UTF-8, so some letters would be published as "�"\./,
    );
    expect(build.output).toMatch(
      /statement The build does not read this folder, so nothing in it is published\. Did you mean statements\/\?/,
    );
    expect(existsSync(join(build.outDir, 'dist', 'statements'))).toBe(false);
  });
}, 120_000);
