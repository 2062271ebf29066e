/**
 * The permalink guard, end to end: a made-up site (tests/fixtures/permalinks/) that once
 * published /statements/old-name/, #p9 and #old-heading, all since moved and declared
 * in its aliases.yaml.
 */
import { readFileSync } from 'node:fs';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeAll, type FixtureBuild } from '../support/build-fixture';
import { buildPermalinkFixture, type PermalinkBuild } from '../support/permalinks-fixture';
import { parseManifest } from '../../src/lib/permalinks/manifest';
import { paragraphFingerprints, paragraphTexts } from '../../src/lib/permalinks/paragraph-words';
import { readPageHtml } from '../support/built-site';
import { runCli } from '../support/run-cli';

const STATEMENT = 'statements/example-statement.mdx';

describe('a build whose moved addresses all have aliases', () => {
  let build: PermalinkBuild;
  beforeAll(async () => {
    build = await buildPermalinkFixture();
  }, 180_000);
  afterAll(() => build.remove());

  it('succeeds', () => {
    expect(build.output).not.toContain('problem');
    expect(build.code).toBe(0);
  });

  it('leaves a redirect page at the old address, pointing to the new one', () => {
    const html = readPageHtml('/statements/old-name/', build.dist);
    expect(html).toContain(
      '<link rel="canonical" href="https://child-protection.example.org/statements/example-statement/" />',
    );
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=/statements/example-statement/" />',
    );
    expect(html).toContain('<a href="/statements/example-statement/">');
  });

  it('lists the move in _redirects for hosts that read it', () => {
    const lines = readFileSync(join(build.dist, '_redirects'), 'utf8').split('\n');
    expect(lines).toContain('/statements/old-name/ /statements/example-statement/ 301');
  });

  it('keeps old anchors landing on the same words, without a script', () => {
    const html = readPageHtml('/statements/example-statement/', build.dist);
    expect(html).toMatch(
      /<span id="p9"[^>]*><\/span><p id="p2">The second paragraph, which used to be the ninth\.<\/p>/,
    );
    expect(html).toMatch(/<span id="old-heading"[^>]*><\/span><h2 id="new-heading">/);
  });
});

describe('a build that drops a published anchor', () => {
  let build: PermalinkBuild;
  beforeAll(async () => {
    build = await buildPermalinkFixture(async (content) => {
      const file = join(content, STATEMENT);
      await writeFile(
        file,
        (await readFile(file, 'utf8')).replace('\nThe third paragraph.\n', '\n'),
      );
      // And an alias whose redirect page would need a folder where the site feed is.
      await appendFile(
        join(content, 'aliases.yaml'),
        '- from: /feed.xml/old/\n  to: /statements/example-statement/\n',
      );
    });
  }, 180_000);
  afterAll(() => build.remove());

  it('names an alias inside a published file too, before writing anything', () => {
    expect(build.output).toMatch(
      /aliases\.yaml:\d+ \/feed\.xml\/old\/: \/feed\.xml\/old\/ is inside \/feed\.xml, a file the site publishes, so no page can be made there\./,
    );
    expect(build.output).not.toMatch(/ENOTDIR|Stack trace/);
  });

  it('fails, naming the anchor and what to do', () => {
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('/statements/example-statement/#p3');
    expect(build.output).toContain('Restore it');
    expect(build.output).toContain('- from: /statements/example-statement/#p3');
  });

  it("names the document's file, which the author edits", () => {
    expect(build.output).toMatch(
      /statements\/example-statement\.mdx \/statements\/example-statement\/#p3: The anchor #p3/,
    );
  });

  it("says only what is wrong with the content, not that the site's code failed", () => {
    expect(build.output).not.toContain('An unhandled error occurred');
  });

  it('is found by npm run check:content before any build, in the same words', () => {
    const check = runCli('check-content', [], build.content);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(buildMessage(build.output, '/statements/example-statement/#p3'));
  });
});

describe('recording permalinks', () => {
  let build: PermalinkBuild;
  beforeAll(async () => {
    build = await buildPermalinkFixture(undefined, { PERMALINKS: 'record' });
  }, 180_000);
  afterAll(() => build.remove());

  it('adds newly published pages and keeps every address recorded before', () => {
    expect(build.code).toBe(0);
    const pages = (
      JSON.parse(readFileSync(join(build.content, 'permalinks.json'), 'utf8')) as {
        pages: Record<string, string[]>;
      }
    ).pages;
    expect(pages['/glossary/']).toEqual(['abc']);
    expect(pages['/statements/old-name/']).toEqual(['p1']);
    expect(pages['/statements/example-statement/']).toEqual([
      'changes',
      'cite-this',
      'new-heading',
      'old-heading',
      'p1',
      'p2',
      'p3',
      'p9',
    ]);
  });

  it("records the words of each published paragraph, as the page's paragraph links show them", () => {
    const { paragraphs } = parseManifest(
      readFileSync(join(build.content, 'permalinks.json'), 'utf8'),
    );
    const html = readPageHtml('/statements/example-statement/', build.dist);
    expect(paragraphTexts(html).get('p2')).toBe(
      'The second paragraph, which used to be the ninth.',
    );
    expect(Object.fromEntries(paragraphs.get('/statements/example-statement/') ?? [])).toEqual(
      paragraphFingerprints(html),
    );
    expect(paragraphs.get('/statements/example-statement/')?.size).toBe(3);
  });
});

describe('a build after a paragraph was put in above published ones', () => {
  let recorded: PermalinkBuild;
  let renumbered: FixtureBuild;
  beforeAll(async () => {
    recorded = await buildPermalinkFixture(undefined, { PERMALINKS: 'record' });
    const file = join(recorded.content, STATEMENT);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        '\nThe third paragraph.\n',
        '\nA paragraph put in the middle.\n\nThe third paragraph.\n',
      ),
    );
    renumbered = await buildFixture(recorded.content);
  }, 360_000);
  afterAll(async () => {
    await recorded.remove();
    await removeAll(renumbered.outDir);
  });

  it('fails, naming the file, the paragraph whose words moved, and what to do', () => {
    expect(recorded.code).toBe(0);
    expect(renumbered.code).not.toBe(0);
    expect(renumbered.output).toContain(
      'example-statement.mdx /statements/example-statement/#p3: The words published as #p3 ("The third paragraph.") are now #p4',
    );
    expect(renumbered.output).toContain('add new ones after the last');
  });

  it('is found by npm run check:content before any build, in the same words', () => {
    const check = runCli('check-content', [], recorded.content);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(
      buildMessage(renumbered.output, '/statements/example-statement/#p3'),
    );
  });
});

describe('a build after published words were corrected in place', () => {
  let recorded: PermalinkBuild;
  let unexplained: FixtureBuild;
  let explained: FixtureBuild | undefined;
  let file: string;
  beforeAll(async () => {
    recorded = await buildPermalinkFixture(undefined, { PERMALINKS: 'record' });
    file = join(recorded.content, STATEMENT);
    const published = await readFile(file, 'utf8');
    await writeFile(
      file,
      published.replace('The third paragraph.', 'The third paragraph, as the original says.'),
    );
    unexplained = await buildFixture(recorded.content);
  }, 360_000);
  afterAll(async () => {
    await recorded.remove();
    await removeAll(unexplained.outDir, ...(explained ? [explained.outDir] : []));
  });

  it('fails until the page says so, quoting the new words and saying what to add', () => {
    expect(recorded.code).toBe(0);
    expect(unexplained.code).not.toBe(0);
    expect(unexplained.output).toContain(
      'example-statement.mdx /statements/example-statement/#p3: The words published as #p3 changed (it now reads "The third paragraph, as the original says."), and the page does not say so.',
    );
    expect(unexplained.output).toContain("add a line under changes: with today's date");
  });

  it('is found by npm run check:content before any build, in the same words', () => {
    const check = runCli('check-content', [], recorded.content);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(
      buildMessage(unexplained.output, '/statements/example-statement/#p3'),
    );
  });

  it('builds and records once the page lists a dated update saying what was corrected', async () => {
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        'verbatim: true\n',
        'verbatim: true\nchanges:\n  - date: "2024-03-02"\n    note: Corrected a copying mistake in paragraph 3.\n',
      ),
    );
    const build = await buildFixture(recorded.content, { PERMALINKS: 'record' });
    explained = build;
    expect(build.code, build.output).toBe(0);
    const html = readPageHtml('/statements/example-statement/', join(build.outDir, 'dist'));
    expect(html).toContain('Corrected a copying mistake in paragraph 3.');
    const manifest = parseManifest(readFileSync(join(recorded.content, 'permalinks.json'), 'utf8'));
    expect(manifest.updates.get('/statements/example-statement/')).toBe(1);
    expect(manifest.paragraphs.get('/statements/example-statement/')?.get('p3')).toBe(
      paragraphFingerprints(html)['p3'],
    );
  }, 180_000);
});

/** The first line of the build's message about `field` (`/x/#p3`), to find it elsewhere word for word. */
function buildMessage(output: string, field: string): string {
  const marker = `${field}: `;
  const line = output.split('\n').find((text) => text.includes(marker));
  if (!line) throw new Error(`The build printed no problem about ${field}:\n${output}`);
  return line.slice(line.indexOf(marker) + marker.length);
}
