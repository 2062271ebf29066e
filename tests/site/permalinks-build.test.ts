/**
 * The permalink guard, end to end: a made-up site (tests/fixtures/permalinks/) that once
 * published /statements/old-name/, #p9 and #old-heading, all since moved and declared
 * in its aliases.yaml.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPermalinkFixture, type PermalinkBuild } from '../support/permalinks-fixture';
import { readPageHtml } from '../support/built-site';

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
    });
  }, 180_000);
  afterAll(() => build.remove());

  it('fails, naming the anchor and what to do', () => {
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('/statements/example-statement/#p3');
    expect(build.output).toContain('Restore it');
    expect(build.output).toContain('- from: /statements/example-statement/#p3');
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
});
