/**
 * `npm run check:content` keeps the usual part of the permalink promise before any
 * build: a recorded document page or paragraph that the content no longer makes.
 */
import { describe, expect, test } from 'vitest';
import { checkRecordedDocuments } from '../../../src/lib/permalinks/check-recorded-documents';
import { parsePlace } from '../../../src/lib/permalinks/places';
import { statement } from '../../support/content-builders';

const FILES = { manifestFile: 'content/permalinks.json', aliasesFile: 'content/aliases.yaml' };
const kept = statement('kept', { published: '2023-01-01', issuer: 'the-force', paragraphs: 3 });

function problems(recorded: Record<string, string[]>, aliases: [string, string][] = []) {
  return checkRecordedDocuments({
    documents: [kept],
    recorded: new Map(Object.entries(recorded)),
    aliases: aliases.map(([from, to]) => ({ from: parsePlace(from), to: parsePlace(to) })),
    ...FILES,
  });
}

describe('checkRecordedDocuments', () => {
  test('a document still made at its recorded address, with every recorded paragraph, passes', () => {
    expect(problems({ '/statements/kept/': ['p1', 'p3', 'cite-this'] })).toEqual([]);
  });

  test('a recorded document page no file makes (renamed or deleted) is named, with the alias to write', () => {
    expect(problems({ '/statements/renamed/': ['p1'] })).toEqual([
      expect.objectContaining({
        file: 'content/permalinks.json',
        field: '/statements/renamed/',
        message: expect.stringMatching(
          /no content file makes it now: was its file renamed or deleted\?[\s\S]*- from: \/statements\/renamed\//,
        ),
      }),
    ]);
  });

  test('an alias for the page, or for the paragraph, answers it', () => {
    expect(
      problems({ '/statements/renamed/': [] }, [['/statements/renamed/', '/statements/kept/']]),
    ).toEqual([]);
    expect(
      problems({ '/statements/kept/': ['p4'] }, [['/statements/kept/#p4', '/statements/kept/#p3']]),
    ).toEqual([]);
  });

  test('a recorded paragraph past the document’s last is named in the document’s file', () => {
    expect(problems({ '/statements/kept/': ['p4'] })).toEqual([
      expect.objectContaining({
        file: 'content/statements/kept.mdx',
        field: '/statements/kept/#p4',
        message: expect.stringMatching(
          /^Paragraph p4 was published, but this document now has 3 paragraphs/,
        ),
      }),
    ]);
  });

  test('list pages and other pages are left to the build, which knows what it made', () => {
    expect(
      problems({ '/statements/': [], '/statements/page/2/': [], '/glossary/': ['x'] }),
    ).toEqual([]);
  });
});
