import { describe, expect, test } from 'vitest';
import { documentAtPath, documentPath } from '../../../src/lib/site/urls';
import { documentSourceFile } from '../../../src/lib/permalinks/document-pages';

describe('the document a page’s address names', () => {
  test('is found for a document’s own page, the way back from documentPath', () => {
    for (const doc of [
      { type: 'report', id: 'ncpi-wiltshire-2022' },
      { type: 'statement', id: 'a-b' },
      { type: 'response', id: 'x' },
    ] as const) {
      expect(documentAtPath(documentPath(doc))).toEqual(doc);
    }
  });

  test('is none for any other page: a list, one of its later pages, another kind, a fragment', () => {
    for (const path of [
      '/reports/',
      '/reports/page/2/',
      '/reports/x',
      '/reports/x/y/',
      '/reports//',
      '/glossary/x/',
      '/sub/reports/x/',
      'reports/x/',
    ]) {
      expect(documentAtPath(path), path).toBeUndefined();
    }
  });

  test('gives the content file an author edits for a document’s page, and none for other pages', () => {
    expect(documentSourceFile('/statements/x/', 'content')).toBe('content/statements/x.mdx');
    expect(documentSourceFile('/recommendations/x/', 'content')).toBeUndefined();
  });
});
