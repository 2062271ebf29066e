import { expect, test } from 'vitest';
import { formatProblemsForAuthors } from '../../../src/lib/authoring/format-problems';

test('problems are grouped by file, in line order, with the line and the field or address', () => {
  expect(
    formatProblemsForAuthors([
      { file: 'content/statements/a.mdx', line: 9, field: 'published', message: 'Second.' },
      { file: 'content/statements/a.mdx', line: 3, field: 'summary', message: 'First.' },
      { file: 'content/statements/a.mdx', field: '/statements/a/#p2', message: 'Moved.' },
      { file: 'content/statements/b.mdx', line: 12, message: 'In the text.' },
    ]),
  ).toBe(
    [
      'In content/statements/a.mdx:',
      '  - address /statements/a/#p2: Moved.',
      '  - line 3, field summary: First.',
      '  - line 9, field published: Second.',
      '',
      'In content/statements/b.mdx:',
      '  - line 12: In the text.',
    ].join('\n'),
  );
});
