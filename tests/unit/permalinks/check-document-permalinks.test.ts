/**
 * What `npm run check:content` decides about permalinks without a build, and what it leaves
 * to the build: it must never refuse what the build would publish.
 */
import { describe, expect, test } from 'vitest';
import { checkDocumentPermalinks } from '../../../src/lib/permalinks/check-document-permalinks';
import { documentSourceFile } from '../../../src/lib/permalinks/document-pages';
import { parsePlace, type PermalinkMap } from '../../../src/lib/permalinks/places';

const map = (pages: Record<string, string[]>): PermalinkMap =>
  new Map(Object.entries(pages).map(([path, anchors]) => [path, new Set(anchors)]));

/** One statement, whose body now makes #p1, #p2 and #findings. */
const PUBLISHED = map({ '/statements/kept/': ['p1', 'p2', 'findings'] });
/** Pages other than documents' that the site makes. */
const SITE_PAGES = new Set(['/glossary/', '/recommendations/a-recommendation/']);

function problems(
  recorded: Record<string, string[]>,
  aliases: [string, string][] = [],
  unread: string[] = [],
) {
  return checkDocumentPermalinks({
    published: {
      pages: PUBLISHED,
      paragraphs: new Map(),
      updates: new Map(),
      wordsAt: () => undefined,
    },
    recorded: { pages: map(recorded), paragraphs: new Map(), updates: new Map() },
    aliases: aliases.map(([from, to], index) => ({
      from: parsePlace(from),
      to: parsePlace(to),
      line: index * 2 + 1,
    })),
    mayBePage: (path) => SITE_PAGES.has(path),
    manifestFile: 'content/permalinks.json',
    aliasesFile: 'content/aliases.yaml',
    sourceOf: (path) => documentSourceFile(path, 'content'),
    unread: new Set(unread),
  });
}

describe('checkDocumentPermalinks', () => {
  test("leaves the anchors of a document page's own parts, and pages other than documents', to the build", () => {
    expect(
      problems({
        '/statements/kept/': ['p1', 'cite-this', 'related', 'deadline-pcc-comments-x'],
        '/statements/': [],
        '/statements/page/2/': ['p1'],
        '/glossary/': ['gone'],
      }),
    ).toEqual([]);
  });

  test('names a recorded document page no file makes now, with the file it was made from', () => {
    expect(problems({ '/statements/renamed/': ['p1'] })).toEqual([
      expect.objectContaining({
        file: 'content/permalinks.json',
        field: '/statements/renamed/',
        message: expect.stringMatching(
          /^The page \/statements\/renamed\/ was published, but no content file makes it now: was content\/statements\/renamed\.mdx renamed or deleted\?/,
        ),
      }),
    ]);
  });

  test('takes an alias to a page it cannot see into as leading somewhere real, if the site makes the page', () => {
    expect(
      problems({}, [
        ['/glossary/#old', '/glossary/#new'],
        ['/statements/old/', '/statements/kept/#cite-this'],
        ['/statements/older/', '/recommendations/a-recommendation/'],
      ]),
    ).toEqual([]);
    expect(problems({}, [['/statements/old/', '/glosary/']])).toEqual([
      expect.objectContaining({
        line: 1,
        message: expect.stringContaining('/glosary/, which is not published'),
      }),
    ]);
  });

  test('an alias leading to a place another alias leads away from is named, whatever the page holds', () => {
    expect(
      problems({}, [
        ['/glossary/#a', '/glossary/#b'],
        ['/glossary/#b', '/glossary/#a'],
      ]).map((problem) => problem.message),
    ).toEqual([
      expect.stringContaining('/glossary/#b, which is not published'),
      expect.stringContaining('/glossary/#a, which is not published'),
    ]);
  });

  test('says nothing of a document page whose file failed to read: its own problem comes first', () => {
    const recorded = { '/statements/broken/': ['p1', 'p2', 'findings'] };
    const aliases: [string, string][] = [['/statements/old/', '/statements/broken/#p2']];
    // Not known to have failed, the page is named as gone and the alias as leading nowhere.
    expect(problems(recorded, aliases).map((problem) => problem.field)).toEqual([
      '/statements/old/',
      '/statements/broken/',
    ]);
    expect(problems(recorded, aliases, ['/statements/broken/'])).toEqual([]);
  });
});
