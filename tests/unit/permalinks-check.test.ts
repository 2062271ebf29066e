import { describe, expect, it } from 'vitest';
import { checkPermalinks } from '../../src/lib/permalinks/check';
import { anchorsInHtml, pagePath } from '../../src/lib/permalinks/collect';
import { addAnchorAliases } from '../../src/lib/permalinks/redirects';
import { mergeManifest, parseManifest, serialiseManifest } from '../../src/lib/permalinks/manifest';
import { parsePlace, type PermalinkMap } from '../../src/lib/permalinks/places';
import type { ParagraphWordsMap } from '../../src/lib/permalinks/paragraph-words';
import type { ParsedAlias } from '../../src/lib/permalinks/aliases';

const map = (pages: Record<string, string[]>): PermalinkMap =>
  new Map(Object.entries(pages).map(([path, anchors]) => [path, new Set(anchors)]));
const alias = (from: string, to: string): ParsedAlias => ({
  from: parsePlace(from),
  to: parsePlace(to),
  line: 3,
});
/** Pages under /statements/ are made from a content file, as documents' pages are. */
const sourceOf = (path: string) =>
  path.startsWith('/statements/') ? `content${path.slice(0, -1)}.mdx` : undefined;
const check = (recorded: PermalinkMap, published: PermalinkMap, aliases: ParsedAlias[] = []) =>
  checkPermalinks({
    recorded,
    published,
    aliases,
    manifestFile: 'content/permalinks.json',
    aliasesFile: 'content/aliases.yaml',
    sourceOf,
  });

describe('the permalink check', () => {
  it('passes when everything recorded is still published, and new pages are fine', () => {
    expect(check(map({ '/a/': ['p1'] }), map({ '/a/': ['p1', 'p2'], '/b/': [] }))).toEqual([]);
  });

  it('names a vanished anchor and says how to declare an alias', () => {
    const [problem, ...rest] = check(map({ '/a/': ['p1', 'p2'] }), map({ '/a/': ['p1'] }));
    expect(rest).toEqual([]);
    expect(problem?.field).toBe('/a/#p2');
    expect(problem?.message).toContain('#p2 on /a/');
    expect(problem?.message).toContain('- from: /a/#p2');
  });

  it('tells a vanished paragraph from a vanished part of the page, whose cause may be another file', () => {
    const [paragraph] = check(map({ '/a/': ['p1', 'p2'] }), map({ '/a/': ['p1'] }));
    expect(paragraph?.message).toContain('paragraph numbers must not change');
    const [part] = check(
      map({ '/recommendations/x/': ['status-key', 'history'] }),
      map({ '/recommendations/x/': ['history'] }),
    );
    expect(part?.message).not.toContain('paragraph numbers');
    expect(part?.message).toContain('a deleted document takes its assessments with it');
    expect(part?.message).toContain('to: /recommendations/x/#<new-anchor>');
  });

  it('offers the one new heading anchor as where a renamed heading’s links should land', () => {
    const [problem] = check(
      map({ '/a/': ['p1', 'findings'] }),
      map({ '/a/': ['p1', 'p2', 'our-findings'] }),
    );
    expect(problem?.message).toContain('The page has a new anchor, #our-findings');
    expect(problem?.message).toMatch(/- from: \/a\/#findings\n\s+to: \/a\/#our-findings$/);
  });

  it("names a vanished anchor of a document's page in the document's file, which the author edits", () => {
    const [problem] = check(
      map({ '/statements/x/': ['p1', 'p2'] }),
      map({ '/statements/x/': ['p1'] }),
    );
    expect(problem).toMatchObject({ file: 'content/statements/x.mdx', field: '/statements/x/#p2' });
  });

  it("asks whether a vanished document page's file was renamed or deleted", () => {
    const [problem] = check(map({ '/statements/x/': ['p1'] }), map({}));
    expect(problem).toMatchObject({ file: 'content/permalinks.json', field: '/statements/x/' });
    expect(problem?.message).toContain(
      'no content file makes it now: was content/statements/x.mdx renamed or deleted?',
    );
  });

  it('names a vanished page', () => {
    const problems = check(map({ '/gone/': ['p1'] }), map({}));
    expect(problems.map((problem) => problem.field)).toEqual(['/gone/']);
    expect(problems[0]?.message).toContain(
      'Restore it, or declare where it went in content/aliases.yaml',
    );
  });

  it('accepts a vanished page or anchor that has an alias to something published', () => {
    const recorded = map({ '/old/': ['p1'], '/a/': ['p1', 'p7'] });
    const published = map({ '/new/': ['p1'], '/a/': ['p1', 'p8'] });
    expect(
      check(recorded, published, [alias('/old/', '/new/'), alias('/a/#p7', '/a/#p8')]),
    ).toEqual([]);
  });

  it('does not tell an author to delete an alias a new paragraph clashes with, which shared links use', () => {
    const published = map({ '/a/': ['p1', 'p2', 'publisher-credit'] });
    const [message] = check(map({}), published, [alias('/a/#p2', '/a/#publisher-credit')]).map(
      (problem) => problem.message,
    );
    expect(message).toBe(
      '/a/#p2 is a paragraph again, but this alias sends links already shared to #p2 to #publisher-credit: deleting it would open them on other words. If the alias was published before, keep it, and take the new paragraph 2 out or add its words to the end of paragraph 1. If you wrote the alias just now by mistake, delete it.',
    );
  });

  it('rejects aliases that point nowhere, hide a live page or anchor, or leave the page', () => {
    const published = map({ '/a/': ['p1'], '/b/': ['p1'] });
    const messages = check(map({}), published, [
      alias('/old/', '/missing/'),
      alias('/a/', '/b/'),
      alias('/a/#p1', '/a/#p1'),
      alias('/a/#p9', '/b/#p1'),
    ]).map((problem) => problem.message);
    expect(messages).toEqual([
      expect.stringContaining('/missing/, which is not published'),
      expect.stringContaining('/a/ is still published'),
      expect.stringContaining('/a/#p1 is still on the page'),
      expect.stringContaining('can only move within its page'),
    ]);
  });
});

describe('collecting permalinks from built HTML', () => {
  it('keeps paragraph, heading and glossary ids inside <main>, not the frame', () => {
    const html =
      '<body><a id="top"></a><main id="main"><h2 id="findings">F</h2><p id="p1">x</p><a class="paragraph-link" href="#p1"></a>' +
      '<dl><dt id="mash">MASH</dt></dl><div id="share-status"></div><ul id="p2"></ul></main><footer id="foot"></footer></body>';
    expect([...anchorsInHtml(html)]).toEqual(['findings', 'p1', 'mash', 'p2']);
  });

  it('does not count an alias marker as a published anchor (reused pages already carry them)', () => {
    const page = '<main id="main"><p id="p1">Old words</p><p id="p2">The words</p></main>';
    const marked = addAnchorAliases(page, [{ from: 'p3', to: 'p2' }])!;
    expect(marked).toContain('id="p3"');
    expect([...anchorsInHtml(marked)]).toEqual(['p1', 'p2']);
  });

  it('maps built files to page addresses', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('reports/x/index.html')).toBe('/reports/x/');
    expect(pagePath('404.html')).toBeUndefined();
  });
});

describe('the manifest', () => {
  const words = (pages: Record<string, Record<string, string>>): ParagraphWordsMap =>
    new Map(Object.entries(pages).map(([path, prints]) => [path, new Map(Object.entries(prints))]));

  it('only grows, and reads back what it wrote', () => {
    const merged = mergeManifest(
      { pages: map({ '/a/': ['p1', 'p2'] }), paragraphs: new Map(), updates: new Map() },
      {
        pages: map({ '/a/': ['p1'], '/b/': ['p10', 'p9'] }),
        paragraphs: new Map(),
        updates: new Map(),
      },
    );
    const text = serialiseManifest(merged);
    expect(text).toContain('"/b/": ["p9","p10"]');
    expect(parseManifest(text).pages).toEqual(map({ '/a/': ['p1', 'p2'], '/b/': ['p9', 'p10'] }));
  });

  it('keeps the words published now, and those of paragraphs no longer published', () => {
    const merged = mergeManifest(
      {
        pages: new Map(),
        paragraphs: words({ '/a/': { p1: 'aaaa0001', p2: 'aaaa0002' } }),
        updates: new Map(),
      },
      {
        pages: new Map(),
        paragraphs: words({ '/a/': { p1: 'bbbb0001' }, '/b/': { p1: 'cc' } }),
        updates: new Map(),
      },
    );
    const text = serialiseManifest(merged);
    expect(text).toContain('"/a/": {"p1":"bbbb0001","p2":"aaaa0002"}');
    expect(parseManifest(text).paragraphs).toEqual(
      words({ '/a/': { p1: 'bbbb0001', p2: 'aaaa0002' }, '/b/': { p1: 'cc' } }),
    );
  });

  it("keeps each page's count of updates as published now, and leaves out pages with none", () => {
    const merged = mergeManifest(
      {
        pages: new Map(),
        paragraphs: new Map(),
        updates: new Map([
          ['/a/', 1],
          ['/gone/', 2],
        ]),
      },
      {
        pages: new Map(),
        paragraphs: new Map(),
        updates: new Map([
          ['/a/', 2],
          ['/b/', 0],
          ['/c/', 1],
        ]),
      },
    );
    const text = serialiseManifest(merged);
    expect(text).toContain('"updates": {\n    "/a/": 2,\n    "/c/": 1,\n    "/gone/": 2\n  }');
    expect(text).not.toContain('"/b/"');
    expect(parseManifest(text).updates).toEqual(
      new Map([
        ['/a/', 2],
        ['/c/', 1],
        ['/gone/', 2],
      ]),
    );
  });

  // Two branches that each published a page leave a merge conflict in the manifest.
  it('names the file and says how to mend it when it is not JSON, a merge conflict above all', () => {
    const conflicted =
      '{\n  "pages": {\n<<<<<<< HEAD\n    "/a/": ["p1"]\n=======\n    "/b/": ["p1"]\n>>>>>>> other\n  }\n}\n';
    expect(() => parseManifest(conflicted, 'content/permalinks.json')).toThrow(
      /content\/permalinks\.json:3 This file still has a merge conflict in it\. Keep the lines of both versions/,
    );
    expect(() =>
      parseManifest('{ "pages": { "/a/": ["p1"], } }', 'content/permalinks.json'),
    ).toThrow(
      /content\/permalinks\.json This file is not valid JSON \(.*\)\. Take it back as it was in git/,
    );
  });

  it('reads a manifest recorded before paragraphs had fingerprints and pages counted updates', () => {
    const old = '{ "pages": { "/a/": ["p1"] } }';
    expect(parseManifest(old)).toEqual({
      pages: map({ '/a/': ['p1'] }),
      paragraphs: new Map(),
      updates: new Map(),
    });
  });
});
