/**
 * A heading in a document's body must never share an id with the page around it
 * (src/lib/markdown/page-part-ids.ts). That list is only as good as its coverage: every id
 * the built document pages give their own parts must be on it.
 */
import { describe, expect, test } from 'vitest';
import { documentPaths, readPage } from '../support/built-site';
import { isTakenByPage } from '../../src/lib/markdown/page-part-ids';

describe('ids of a document page’s own parts', () => {
  test('are all reserved, so no heading in the body can take one', async () => {
    const unreserved = new Set<string>();
    for (const path of documentPaths()) {
      const $ = await readPage(path);
      $('[id]').each((_, element) => {
        const id = $(element).attr('id') ?? '';
        if ($(element).closest('.document-body').length === 0 && !isTakenByPage(id))
          unreserved.add(`${path} #${id}`);
      });
    }
    expect([...unreserved]).toEqual([]);
  });
});
