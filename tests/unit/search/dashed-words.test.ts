import { describe, expect, test } from 'vitest';
import { asPrinted, forIndex, rangeEnd } from '../../../src/lib/search/dashed-words';
import { phrasesNotAsWritten } from '../../../src/lib/search/exact-phrases';
import { phraseLocations } from '../../../src/lib/search/phrase-locations';
import { contentWords } from '../../../src/lib/search/excerpt';
import { searchEdition } from '../../../src/lib/search/search-edition';

/**
 * Pagefind 1.6 splits a word into parts, at the same place, only at ASCII punctuation, and
 * its search script drops every dash from a query. These mirror both, to check that a
 * query's words run together as the index's do.
 */
const pagefindParts = (word: string) =>
  word
    .replace(/[!-/:-@[-`{-~]/g, ' ')
    .split(/\s+/)
    // "Two+ character words", counted in UTF-8 bytes: the dash (3 bytes) is a part too.
    .filter((part) => new TextEncoder().encode(part).length > 1);
const pagefindWord = (text: string) =>
  text.replace(/[\p{Pd}\p{Po}\p{Ps}\p{Pe}\p{Pi}\p{Pf}]/gu, '').toLocaleLowerCase('en');

describe('words joined by a dash, as Pagefind indexes them', () => {
  test('a dash between letters or digits goes between ASCII hyphens, which Pagefind splits at', () => {
    expect(forIndex('PEEL 2023–25')).toBe('PEEL 2023-–-25-2024-2025');
    expect(forIndex('April–June')).toBe('April-–-June');
    expect(forIndex('children—and')).toBe('children-—-and');
    expect(forIndex('2022–2023')).toBe('2022-–-2023');
    expect(forIndex('a figure‒dash')).toBe('a figure-‒-dash');
    expect(pagefindParts(forIndex('2023–25'))).toEqual(['2023', '–', '25', '2024', '2025']);
    expect(pagefindParts(forIndex('April–June'))).toEqual(['April', '–', 'June']);
  });

  test('a range of years also gives each year in it not printed in full, so a search for any of them finds it', () => {
    expect(forIndex('for 2023–25.')).toBe('for 2023-–-25-2024-2025.');
    expect(forIndex('(2021/22)')).toBe('(2021/22-2022)');
    expect(forIndex('2023-25')).toBe('2023-25-2024-2025');
    expect(forIndex('1999–00')).toBe('1999-–-00-2000');
    expect(forIndex('2022–2025')).toBe('2022-–-2025-2023-2024');
    expect(forIndex('2019/2020')).toBe('2019/2020');
    expect(rangeEnd('2020', '30')).toBe(2030);
    expect(rangeEnd('2020', '2030')).toBe(2030);
    // Not a later year within ten, nor part of a date or a code.
    expect(forIndex('2023-11')).toBe('2023-11');
    expect(forIndex('2020–31')).toBe('2020-–-31');
    expect(forIndex('2020–2031')).toBe('2020-–-2031');
    expect(forIndex('2023–2021')).toBe('2023-–-2021');
    expect(forIndex('on 2010-12-01')).toBe('on 2010-12-01');
    expect(forIndex('FY2021/22')).toBe('FY2021/22');
  });

  test('leaves spaced dashes and every space alone, so each word keeps its place', () => {
    const text = 'Wiltshire – the force — and 2023 – 25';
    expect(forIndex(text)).toBe(text);
    const peel = 'The later assessment: PEEL 2023–25 for 2023–25, 2021/22 and April–June.';
    expect(contentWords(forIndex(peel))).toHaveLength(contentWords(peel).length);
  });

  test('a result reads as the document prints it: what was added is taken out', () => {
    for (const text of [
      'PEEL 2023–25',
      'for 2023–25, graded',
      '(2021/22)',
      '2023-25 and 2022–2023',
      'from 2020–2025 to 2020/30',
      'April–June, children—and',
      '1999–00',
      'on 2010-12-01',
      'Wiltshire – the force',
    ])
      expect(asPrinted(forIndex(text))).toBe(text);
  });

  test('a query in the same form runs together as the indexed word does, whichever dash is typed', () => {
    const indexed = pagefindWord(forIndex('2023–25'));
    expect(indexed).toBe('20232520242025');
    for (const typed of ['2023–25', '2023-25', '2023—25', '"2023–25"'])
      expect(pagefindWord(forIndex(typed))).toBe(indexed);
    expect(pagefindWord(forIndex('2021/22'))).toBe(pagefindWord(forIndex('2021-22')));
  });

  test('the printed text holds a quoted "2023–25" word for word, and marks where it is', () => {
    const content = asPrinted(
      forIndex('HMICFRS’s later PEEL assessment of the force, for 2023–25, graded'),
    );
    expect(phrasesNotAsWritten(content, ['2023–25', 'for 2023–25', 'for 2023-25'])).toEqual([]);
    expect(phrasesNotAsWritten(content, ['for 2023'])).toEqual([]);
    const words = contentWords(content);
    expect(phraseLocations(words, ['for 2023–25'])).toEqual([7, 8]);
    expect(words[8]).toBe('2023–25,');
  });
});

describe('the search edition', () => {
  const page = `<!DOCTYPE html><html lang="en-GB"><body><article data-pagefind-body>
<h1 data-pagefind-meta="title">PEEL 2021/22</h1>
<h2 id="the-later-assessment-peel-202325">The later assessment: PEEL 2023–25</h2>
<p id="p4" title="2023–25">For 2023–25, in <a href="/x/2023–25/">April–June</a>.</p>
</article></body></html>`;
  const edition = searchEdition(page);

  test('splits dashed words in the text only, so every id and address is as published', () => {
    expect(edition).toContain('<h2 id="the-later-assessment-peel-202325">');
    expect(edition).toContain('The later assessment: PEEL 2023-–-25-2024-2025');
    expect(edition).toContain('<span id="p4"></span>For 2023-–-25-2024-2025, in');
    expect(edition).toContain('<a href="/x/2023–25/">April-–-June</a>');
    expect(edition).toContain('title="2023–25"');
    expect(edition).toContain('PEEL 2021/22-2022');
  });
});
