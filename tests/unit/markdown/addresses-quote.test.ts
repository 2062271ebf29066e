import { expect, test } from 'vitest';
import { compileMdx } from '../../../src/lib/markdown/compile-mdx';

const marked = (lines: string[]) =>
  compileMdx(['<Addresses recommendation="rec-a">', '', ...lines, '', '</Addresses>'].join('\n'), {
    file: 'content/reports/example.mdx',
  }).crossLinks;

test('a marked list is quoted item by item, not run together; for open data, joined by semicolons', () => {
  expect(marked(['- first point', '- second point'])).toEqual([
    {
      recommendation: 'rec-a',
      paragraph: 'p1',
      quote: 'first point; second point',
      items: ['first point', 'second point'],
      line: 1,
    },
  ]);
});

test('a list too long to quote whole is quoted as its opening words, never as a list that seems whole', () => {
  const [link] = marked(Array.from({ length: 40 }, (_, i) => `- item number ${i} of a long list`));
  expect(link?.quote.endsWith('…')).toBe(true);
  expect(link).not.toHaveProperty('items');
});
