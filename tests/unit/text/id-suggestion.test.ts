import { expect, test } from 'vitest';
import { statementSchema } from '../../../src/schemas/document';

/** The message an author is shown for `issuer: <written>`. */
function issuerMessage(written: string): string | undefined {
  const result = statementSchema.safeParse({
    title: 'A statement',
    summary: 'What was said.',
    published: '2023-09-15',
    issuer: written,
    source: { url: 'https://example.org/statement' },
    verbatim: true,
  });
  return result.error?.issues.find((issue) => issue.path[0] === 'issuer')?.message;
}

test('an id pasted with a non-breaking space is named as having an invisible character, with the id to type', () => {
  expect(issuerMessage('opcc-wiltshire-swindon\u00a0')).toBe(
    '"opcc-wiltshire-swindon" has an invisible character in it (a non-breaking or zero-width space, which Word and web pages add when text is copied). Write opcc-wiltshire-swindon, typed rather than pasted.',
  );
  expect(issuerMessage('wiltshire\u200b-police')).toMatch(
    /has an invisible character in it .* Write wiltshire-police, typed rather than pasted\.$/,
  );
});

test('an id written as a name is answered with the id to write', () => {
  expect(issuerMessage('Wiltshire Police')).toBe(
    '"Wiltshire Police" is not an id. An id is lowercase letters, digits and hyphens, e.g. wiltshire-police. Write wiltshire-police.',
  );
  expect(issuerMessage('OPCC_Wiltshire’s')).toMatch(/Write opcc-wiltshires\.$/);
});

test('an id with nothing to suggest still says what an id is', () => {
  expect(issuerMessage('—')).toBe(
    '"—" is not an id. An id is lowercase letters, digits and hyphens, e.g. wiltshire-police.',
  );
  expect(issuerMessage('wiltshire-police')).toBeUndefined();
});
