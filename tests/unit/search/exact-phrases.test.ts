import { describe, expect, test } from 'vitest';
import { phrasesNotAsWritten } from '../../../src/lib/search/exact-phrases';

// Pagefind's text of a page: blocks run together, each ending with a full stop.
const content =
  'What still needs focus. missing children. The revisit, which was not graded, gave the force the opportunity. It is protecting children in Wiltshire. Mr Wilkinson said: “We haven’t finished.”';

const notAsWritten = (...phrases: string[]) => phrasesNotAsWritten(content, phrases);

describe('a quoted phrase as written', () => {
  test('is found in the text whatever the case, quote marks, dashes and spacing', () => {
    expect(notAsWritten('missing children', 'Missing  Children')).toEqual([]);
    expect(notAsWritten(`we haven't finished`, '"We haven’t finished."')).toEqual([]);
    expect(notAsWritten('The revisit, which was not graded')).toEqual([]);
  });

  test('is not found across a full stop, a paragraph or a heading', () => {
    expect(notAsWritten('children in Wiltshire Mr Wilkinson said')).toEqual([
      'children in Wiltshire Mr Wilkinson said',
    ]);
    expect(notAsWritten('focus missing children', 'focus. missing children')).toEqual([
      'focus missing children',
    ]);
  });

  test('is not found with other punctuation, or with other word endings', () => {
    expect(notAsWritten('The revisit which was not graded')).toEqual([
      'The revisit which was not graded',
    ]);
    expect(notAsWritten('missing child', 'protecting child')).toEqual([
      'missing child',
      'protecting child',
    ]);
  });

  test('is whole words: a phrase is not found inside longer words', () => {
    expect(notAsWritten('issing children', 'revisit, which was not grade')).toEqual([
      'issing children',
      'revisit, which was not grade',
    ]);
    // Punctuation that ends a phrase bounds it itself.
    expect(notAsWritten('Mr Wilkinson said:')).toEqual([]);
  });
});
