// Our plain-English summaries are marked as ours wherever a document is named or listed,
// so their words are never quoted as the document's own.
import { describe, expect, test } from 'vitest';
import { documentTypeLabel, summaryMark } from '../../../src/lib/site/labels';

describe('a document named or listed', () => {
  test('is marked as our summary when its page carries our words, and only then', () => {
    expect(summaryMark({ verbatim: false })).toBe(' (our summary)');
    expect(summaryMark({ verbatim: true })).toBe('');
  });

  test('is called by its type, with the mark', () => {
    expect(documentTypeLabel({ type: 'report', data: { verbatim: false } })).toBe(
      'Report (our summary)',
    );
    expect(documentTypeLabel({ type: 'statement', data: { verbatim: true } })).toBe('Statement');
  });
});
