import { describe, expect, test } from 'vitest';
import { suggestedDate } from '../../../src/lib/dates/date-suggestion';
import { statementSchema } from '../../../src/schemas/document';

describe('suggestedDate', () => {
  test.each([
    ['20/11/2026', '2026-11-20'],
    ['5.3.2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['2026-11-2', '2026-11-02'],
    ['2026/11/20', '2026-11-20'],
    ['2026-20-11', '2026-11-20'],
    ['2023-9', '2023-09'],
    ['20 November 2026', '2026-11-20'],
    ['20th Nov 2026', '2026-11-20'],
    ['1st Sept. 2023', '2023-09-01'],
    ['September 2023', '2023-09'],
    ['November 20, 2026', '2026-11-20'],
  ])('reads "%s" as %s', (written, iso) => {
    expect(suggestedDate(written)?.iso).toBe(iso);
  });

  test.each(['31/02/2024', '13/13/2024', 'Marching 2023', 'sometime in 2023', 'TODO'])(
    'suggests nothing for "%s", which is no date',
    (written) => {
      expect(suggestedDate(written)).toBeUndefined();
    },
  );
});

test('an author who writes a date as in a letter is told the exact text to write', () => {
  const result = statementSchema.safeParse({
    title: 'A statement',
    summary: 'What was said.',
    published: '20/11/2025',
    issuer: 'wiltshire-police',
    source: { url: 'https://example.org/statement' },
    verbatim: true,
  });
  expect(result.success).toBe(false);
  const issue = result.error?.issues.find((one) => one.path[0] === 'published');
  expect(issue?.message).toMatch(
    /^"20\/11\/2025" is not a date\. If you mean 20 November 2025, write "2025-11-20"\. Write a date in quotes/,
  );
});
