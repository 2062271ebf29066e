// Who a document is from, as its entry in a list and its feed item say beside its type.
import { describe, expect, test } from 'vitest';
import { documentSource } from '../../../src/lib/site/document-source';
import { organisation, person, statement } from '../../support/content-builders';

const site = {
  organisations: [organisation('the-force', 'police-force')],
  people: [person('an-mp'), person('a-councillor')],
};

describe('who a document is from', () => {
  test('the organisation that issued it, even when it names authors too', () => {
    const doc = statement('s', {
      published: '2023-09-15',
      issuer: 'the-force',
      authors: ['an-mp'],
    });
    expect(documentSource(doc, site)).toBe('from Name of the-force');
  });

  // An MP's statement is issued by no organisation: its entry named no one.
  test('else its authors, by name', () => {
    expect(
      documentSource(statement('s', { published: '2022-08-05', authors: ['an-mp'] }), site),
    ).toBe('by Name of an-mp');
    const two = statement('s', { published: '2022-08-05', authors: ['an-mp', 'a-councillor'] });
    expect(documentSource(two, site)).toBe('by Name of an-mp and Name of a-councillor');
  });

  test('nothing when neither is known', () => {
    expect(documentSource(statement('s', { published: '2022-08-05' }), site)).toBeUndefined();
  });
});
