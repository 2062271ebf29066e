import { describe, expect, test } from 'vitest';
import { BLOCK_END } from '../../../src/lib/search/block-end';
import { contentWords } from '../../../src/lib/search/excerpt';
import { printedAs } from '../../../src/lib/search/printed-as';

const words = contentWords(
  `Since the inspection took place, this report has set out “THRIVE” (Threat Harm Risk). ${BLOCK_END} Next heading It was children’s work.`,
);

describe('how a document prints a quoted phrase', () => {
  test('gives the document’s own punctuation between the same words', () => {
    expect(printedAs(words, [], 'inspection took place this report')).toBe(
      'inspection took place, this report',
    );
    expect(printedAs(words, [], 'set out THRIVE Threat')).toBe('set out “THRIVE” (Threat');
    expect(printedAs(words, [], 'childrens work')).toBe('children’s work');
  });

  test('leaves off punctuation before the first word and after the last', () => {
    expect(printedAs(words, [], 'THRIVE')).toBe('THRIVE');
    expect(printedAs(words, [], 'Harm Risk')).toBe('Harm Risk');
  });

  test('gives nothing for other word endings or words in another order', () => {
    expect(printedAs(words, [], 'inspections took place')).toBeUndefined();
    expect(printedAs(words, [], 'place took')).toBeUndefined();
    expect(printedAs(words, [], '“”')).toBeUndefined();
  });

  test('gives nothing across the end of a block or the start of a paragraph', () => {
    expect(printedAs(words, [], 'Risk Next heading')).toBeUndefined();
    const paragraph = words.indexOf('It');
    expect(printedAs(words, [paragraph], 'heading it was')).toBeUndefined();
    expect(printedAs(words, [paragraph], 'it was')).toBe('It was');
  });
});
