import { describe, expect, it } from 'vitest';
import {
  citationParts,
  citingParagraph,
  harvardCitation,
  harvardInText,
  harvardName,
  harvardText,
  plainCitation,
} from '../../src/lib/citation/citation';
import { parsePartialDate } from '../../src/lib/dates/partial-date';

const article = {
  title: 'Improvements in how Wiltshire Police protects children',
  authors: ['Jamie Hill'],
  organisation: 'Wiltshire Police',
  outlet: 'The Link',
  published: parsePartialDate('2023-09-15')!,
  url: 'https://example.org/statements/x/',
};

describe('citations', () => {
  it('Harvard: surname and initials, year, title, publisher, address, date accessed', () => {
    expect(harvardText(harvardCitation(article, '1 May 2026'))).toBe(
      'Hill, J. (2023) Improvements in how Wiltshire Police protects children. The Link. Available at: https://example.org/statements/x/ (Accessed: 1 May 2026).',
    );
  });

  it('an organisation stands in for the author, and is not named twice', () => {
    const report = {
      ...article,
      authors: [],
      organisation: 'HMICFRS',
      outlet: undefined,
      published: parsePartialDate('2023')!,
    };
    expect(harvardText(harvardCitation(report))).toBe(
      `HMICFRS (2023) ${article.title}. Available at: https://example.org/statements/x/ (Accessed: [date accessed]).`,
    );
  });

  it('plain text gives the date only as precisely as it is known', () => {
    expect(plainCitation({ ...article, published: parsePartialDate('2023-09')! }, 'today')).toBe(
      `Jamie Hill, “${article.title}”, The Link, September 2023. https://example.org/statements/x/ (accessed today).`,
    );
  });

  it('a document whose address is not known is cited without one, and without a date accessed', () => {
    const report = {
      ...article,
      authors: [],
      organisation: 'HMICFRS',
      outlet: undefined,
      published: parsePartialDate('2022-07-07')!,
      url: undefined,
    };
    expect(harvardText(harvardCitation(report))).toBe(`HMICFRS (2022) ${article.title}.`);
    expect(plainCitation(report)).toBe(`HMICFRS, “${article.title}”, 7 July 2022.`);
  });

  it('a title that is ours, not the original’s, is given in square brackets, never quoted', () => {
    const statement = { ...article, title: 'An MP on the report', titleSupplied: true };
    expect(harvardText(harvardCitation(statement, 'today'))).toBe(
      'Hill, J. (2023) [An MP on the report]. The Link. Available at: https://example.org/statements/x/ (Accessed: today).',
    );
    expect(plainCitation(statement, 'today')).toBe(
      'Jamie Hill, [An MP on the report], The Link, 15 September 2023. https://example.org/statements/x/ (accessed today).',
    );
  });

  it('a withdrawn document is cited with when it was withdrawn, before its address', () => {
    const withdrawn = { ...article, withdrawn: parsePartialDate('2024-03')! };
    expect(harvardText(harvardCitation(withdrawn, 'today'))).toBe(
      `Hill, J. (2023) ${article.title}. The Link. Withdrawn March 2024. Available at: https://example.org/statements/x/ (Accessed: today).`,
    );
    expect(plainCitation(withdrawn, 'today')).toBe(
      `Jamie Hill, “${article.title}”, The Link, 15 September 2023. Withdrawn March 2024. https://example.org/statements/x/ (accessed today).`,
    );
  });

  it('a copy on this site is cited as a copy, after the original’s address, with the date accessed', () => {
    const copied = {
      ...article,
      url: 'https://www.swindonlink.com/news/x/',
      copyUrl: 'https://example.org/statements/x/',
    };
    expect(harvardText(harvardCitation(copied, 'today'))).toBe(
      `Hill, J. (2023) ${article.title}. The Link. Available at: https://www.swindonlink.com/news/x/. Copy at: https://example.org/statements/x/ (Accessed: today).`,
    );
    expect(plainCitation(copied, 'today')).toBe(
      `Jamie Hill, “${article.title}”, The Link, 15 September 2023. https://www.swindonlink.com/news/x/; copy at https://example.org/statements/x/ (accessed today).`,
    );
  });

  it('a copy whose original’s address is not known is cited as a copy alone', () => {
    const copied = { ...article, url: undefined, copyUrl: 'https://example.org/responses/y/' };
    expect(harvardText(harvardCitation(copied, 'today'))).toBe(
      `Hill, J. (2023) ${article.title}. The Link. Copy at: https://example.org/responses/y/ (Accessed: today).`,
    );
    expect(plainCitation(copied, 'today')).toBe(
      `Jamie Hill, “${article.title}”, The Link, 15 September 2023. Copy at https://example.org/responses/y/ (accessed today).`,
    );
  });

  it('one paragraph of a copy is named after the date, and the copy’s address is the paragraph’s', () => {
    const copied = {
      ...article,
      url: 'https://www.swindonlink.com/news/x/',
      copyUrl: 'https://example.org/statements/x/',
    };
    const paragraph = citingParagraph(copied, '12');
    expect(plainCitation(paragraph, 'today')).toBe(
      `Jamie Hill, “${article.title}”, The Link, 15 September 2023, paragraph 12. https://www.swindonlink.com/news/x/; copy at https://example.org/statements/x/#p12 (accessed today).`,
    );
    // Harvard puts the paragraph in the text; the reference gives the paragraph's address.
    expect(harvardInText(paragraph)).toBe('(Hill, 2023, para. 12)');
    expect(harvardText(harvardCitation(paragraph, 'today'))).toBe(
      `Hill, J. (2023) ${article.title}. The Link. Available at: https://www.swindonlink.com/news/x/. Copy at: https://example.org/statements/x/#p12 (Accessed: today).`,
    );
  });

  it('in the text, two authors are joined, more are "et al.", and an organisation stands in for none', () => {
    const paragraph = (authors: string[]) =>
      harvardInText(
        citingParagraph({ ...article, authors, copyUrl: 'https://example.org/x/' }, '3'),
      );
    expect(paragraph(['Jamie Hill', 'Deb Smith'])).toBe('(Hill and Smith, 2023, para. 3)');
    expect(paragraph(['Jamie Hill', 'Deb Smith', 'Ann Lee'])).toBe('(Hill et al., 2023, para. 3)');
    expect(paragraph([])).toBe('(Wiltshire Police, 2023, para. 3)');
  });

  it('a paragraph’s citation on the page keeps placeholders for the script to fill in', () => {
    const paragraph = citingParagraph({ ...article, url: undefined, copyUrl: 'https://e.org/x/' });
    expect(citationParts(plainCitation(paragraph))).toEqual([
      { text: `Jamie Hill, “${article.title}”, The Link, 15 September 2023, paragraph ` },
      { text: '[paragraph]', fill: 'paragraph-number' },
      { text: '. Copy at https://e.org/x/#p' },
      { text: '[paragraph]', fill: 'paragraph-number' },
      { text: ' (accessed ' },
      { text: '[date accessed]', fill: 'accessed-date' },
      { text: ').' },
    ]);
  });

  it('names', () => {
    expect(harvardName('Philip Wilkinson')).toBe('Wilkinson, P.');
    expect(harvardName('Madonna')).toBe('Madonna');
  });
});
