import { describe, expect, test } from 'vitest';
import { BLOCK_END } from '../../../src/lib/search/block-end';
import { buildExcerpt, contentWords } from '../../../src/lib/search/excerpt';
import { paragraphSubResults, type PagefindAnchor } from '../../../src/lib/search/sub-results';

// Shaped like Pagefind's data for a page: the title, a heading, then three paragraphs.
const content =
  'A title here. Comments. The force must improve. It must improve missing children and THRIVE performance. Progress will be monitored.';
const words = contentWords(content);
const at = (word: string, from = 0) => words.indexOf(word, from);
const anchors: PagefindAnchor[] = [
  { element: 'h2', id: 'comments', text: 'Comments', location: 3 },
  { element: 'p', id: 'p1', location: 4 },
  { element: 'p', id: 'p2', location: 8 },
  { element: 'div', id: 'table-1', location: 16 },
  { element: 'p', id: 'p3', location: 16 },
];

describe('paragraph sub-results', () => {
  test('a match links to the paragraph it is in, under its heading', () => {
    const results = paragraphSubResults({
      url: '/x/',
      content,
      locations: [at('THRIVE')],
      anchors,
    });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      id: 'p2',
      label: 'Paragraph 2',
      section: 'Comments',
      hits: 1,
    });
    const marked = results[0]?.excerpt.segments
      .filter((segment) => segment.match)
      .map((segment) => segment.text);
    expect(marked).toEqual(['THRIVE']);
  });

  test('matches in several paragraphs give one sub-result each, in document order', () => {
    const improve = at('improve.');
    const results = paragraphSubResults({
      url: '/x/',
      content,
      locations: [at('Progress'), improve, at('improve', improve + 1)],
      anchors,
    });
    expect(results.map((result) => result.id)).toEqual(['p1', 'p2', 'p3']);
  });

  test('a match in a heading links to the heading', () => {
    const results = paragraphSubResults({
      url: '/x/',
      content,
      locations: [at('Comments.')],
      anchors,
    });
    expect(results[0]).toMatchObject({ id: 'comments', label: 'Comments' });
  });

  test('matches in the title alone give no sub-result: the page result covers them', () => {
    expect(paragraphSubResults({ url: '/x/', content, locations: [0], anchors })).toEqual([]);
  });

  test('keeps the paragraphs with most matches when there are too many', () => {
    const locations = [at('force'), at('THRIVE'), at('missing'), at('Progress')];
    const results = paragraphSubResults({ url: '/x/', content, locations, anchors }, 1);
    expect(results.map((result) => result.id)).toEqual(['p2']);
  });
});

describe('excerpts', () => {
  test('stay inside the paragraph and say when words were left out', () => {
    const excerpt = buildExcerpt(words, [at('THRIVE')], { start: 8, end: 16 }, 4);
    const text = excerpt.segments.map((segment) => segment.text).join('');
    expect(text.split(' ')).toHaveLength(4);
    expect(text).toContain('THRIVE');
    expect(excerpt.truncatedStart).toBe(true);
  });

  test('mark each matched word, keeping the spaces between outside the marks', () => {
    const excerpt = buildExcerpt(words, [at('missing'), at('children')], { start: 8, end: 16 }, 30);
    expect(excerpt.segments).toEqual([
      { text: 'It must improve ', match: false },
      { text: 'missing', match: true },
      { text: ' ', match: false },
      { text: 'children', match: true },
      { text: ' and THRIVE performance.', match: false },
    ]);
    expect(excerpt.truncatedStart).toBe(false);
    expect(excerpt.truncatedEnd).toBe(false);
  });

  // The search edition marks where Pagefind would have added a full stop (block-end.ts).
  test('show the end of a heading or list item as a slash, never as a full stop', () => {
    const listed = contentWords(
      `What still needs focus ${BLOCK_END} missing children ${BLOCK_END} domestic abuse ${BLOCK_END}`,
    );
    const excerpt = buildExcerpt(listed, [2], { start: 0, end: listed.length });
    expect(excerpt.segments.map((segment) => segment.text).join('')).toBe(
      'What still needs focus / missing children / domestic abuse /',
    );
  });

  test('label a section with its heading’s words, without the block-end mark', () => {
    const [result] = paragraphSubResults({
      url: '/x/',
      content: `Title. Comments ${BLOCK_END} Progress was made.`,
      locations: [3],
      anchors: [
        { element: 'h2', id: 'comments', text: `Comments ${BLOCK_END}`, location: 1 },
        { element: 'p', id: 'p1', location: 3 },
      ],
    });
    expect(result).toMatchObject({ label: 'Paragraph 1', section: 'Comments' });
  });
});
