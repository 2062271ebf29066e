import { expect, test } from 'vitest';
import { compileMdx } from '../../../src/lib/markdown/compile-mdx';

test('a marked list is quoted item by item, not run together', () => {
  const { crossLinks } = compileMdx(
    [
      '<Addresses recommendation="rec-a">',
      '',
      '- first point',
      '- second point',
      '',
      '</Addresses>',
    ].join('\n'),
    { file: 'content/reports/example.mdx' },
  );
  expect(crossLinks).toEqual([
    { recommendation: 'rec-a', paragraph: 'p1', quote: 'first point; second point', line: 1 },
  ]);
});
