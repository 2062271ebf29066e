// A person's page says what they are to each document it lists.
import { describe, expect, test } from 'vitest';
import { personInDocument } from '../../../src/lib/site/person-in-document';
import { person, report, statement } from '../../support/content-builders';

const commissioner = person('the-commissioner');
const inspector = person('the-inspector');

describe('what a person is to a document', () => {
  test('someone quoted in another’s statement is said to be quoted in it', () => {
    const doc = statement('mp', {
      published: '2022-08-05',
      authors: ['an-mp'],
      quoted: ['the-commissioner'],
    });
    expect(personInDocument(commissioner, doc)).toBe('Name of the-commissioner is quoted in it.');
  });

  test('an author who quotes themself is said to be both', () => {
    const doc = statement('own', {
      published: '2023',
      authors: ['the-commissioner'],
      quoted: ['the-commissioner'],
    });
    expect(personInDocument(commissioner, doc)).toBe(
      'Name of the-commissioner wrote it and is quoted in it.',
    );
  });

  test('an HM Inspector led the inspection, and is not called its author', () => {
    const doc = report('ncpi', { published: '2022-08-05', ledBy: ['the-inspector'] });
    expect(personInDocument(inspector, doc)).toBe('Name of the-inspector led its inspection.');
    expect(personInDocument(commissioner, doc)).toBeUndefined();
  });
});
