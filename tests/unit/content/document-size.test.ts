/** A file far too long to be a document's words stops with what to do, before any parsing. */
import { describe, expect, test } from 'vitest';
import {
  MAX_DOCUMENT_CHARACTERS,
  readDocumentFields,
} from '../../../src/lib/content/read-document';
import { statementSchema } from '../../../src/schemas/document';
import { STATEMENT_FRONTMATTER } from '../../support/statement-frontmatter';

describe('the size of a document', () => {
  test('a file over the limit is refused with its size and what to check', () => {
    const source = `${STATEMENT_FRONTMATTER}\n${'word '.repeat(MAX_DOCUMENT_CHARACTERS / 5)}`;
    expect(readDocumentFields(source, 'content/statements/huge.mdx', statementSchema)).toEqual({
      problems: [
        {
          file: 'content/statements/huge.mdx',
          message: expect.stringMatching(
            /^This file has 5\.0 million characters; a document may have at most 5 million\. Check that it holds the document's words only/,
          ),
        },
      ],
    });
  });

  test('a long document within it is read', () => {
    const source = `${STATEMENT_FRONTMATTER}\n${'A sentence of a long report.\n\n'.repeat(10_000)}`;
    const result = readDocumentFields(source, 'content/statements/long.mdx', statementSchema);
    expect('fields' in result && result.fields.problems).toEqual([]);
  });
});
