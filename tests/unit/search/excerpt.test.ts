import { describe, expect, test } from 'vitest';
import { buildExcerpt, contentWords } from '../../../src/lib/search/excerpt';

const shown = (excerpt: ReturnType<typeof buildExcerpt>) =>
  excerpt.segments.map(({ text, match }) => (match ? `[${text}]` : text)).join('');

describe('a search result’s excerpt', () => {
  const words = contentWords(
    'Children first. ' +
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen ' +
      'the force says missing children need more focus and missing children are a priority.',
  );
  const places = (wanted: string[]) =>
    words.flatMap((word, place) =>
      wanted.includes(word.replace(/\W/g, '').toLowerCase()) ? [place] : [],
    );

  test('shows where most matches are, not the first lone one', () => {
    const excerpt = buildExcerpt(
      words,
      places(['missing', 'children']),
      { start: 0, end: words.length },
      12,
    );
    expect(shown(excerpt)).toBe(
      'the force says [missing] [children] need more focus and [missing] [children] are',
    );
    expect(excerpt.truncatedStart).toBe(true);
  });

  test('starts a few words before its first match, within its range', () => {
    const excerpt = buildExcerpt(words, places(['four']), { start: 0, end: words.length }, 12);
    expect(shown(excerpt)).toMatch(/^one two three \[four\] five/);
    expect(excerpt.truncatedStart).toBe(true);
  });

  test('without a match, opens at the start of its range', () => {
    const excerpt = buildExcerpt(words, [], { start: 2, end: words.length }, 4);
    expect(shown(excerpt)).toBe('one two three four');
  });
});
