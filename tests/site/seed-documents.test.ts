/**
 * The site's promise: the three seed documents are published word for word. Every line of
 * each seed (but the hosting page's furniture, and the publisher's credit, shown apart) must
 * be the exact text of one block on its page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normaliseSpace, readPage } from '../support/built-site';
import { REPO_ROOT } from '../support/paths';

interface Seed {
  file: string;
  page: string;
  /** Lines moved into the page's title and metadata rather than its body. */
  inMetadata: string[];
  /** The hosting website's furniture, which is not part of the document. */
  furniture: string[];
  /**
   * The publisher's credit printed with it: kept on the page word for word, but as the
   * publisher's (PublisherCredit.astro), not as a paragraph of the document.
   */
  credit?: string;
}

const SEEDS: Seed[] = [
  {
    file: '000_ceefebab5625c549.txt',
    page: '/statements/improvements-wiltshire-police-protects-children-2023/',
    inMetadata: [
      'Improvements made to the way Wiltshire Police protects children',
      'By Jamie Hill - 15 September 2023',
    ],
    furniture: [
      'Your Comments',
      'Be the first to comment on this article',
      'Login or Register to post a comment on this article',
      'Subscribe to The Link',
    ],
    credit:
      'Registered in England & Wales. No: 4513027, Positive Media Group, Old Bank House, 5 Devizes Road, Old Town, Swindon, SN1 4BJ',
  },
  {
    file: '003_f1bf1dd6f0d9c269.txt',
    page: '/statements/danny-kruger-ncpi-2022/',
    inMetadata: [],
    furniture: [],
  },
  {
    file: '004_d9c848de2dda4ec1.txt',
    page: '/responses/pcc-response-ncpi-post-inspection-review-2023/',
    inMetadata: [],
    furniture: [],
  },
];

async function seedLines(seed: Seed): Promise<string[]> {
  const text = await readFile(join(REPO_ROOT, 'tests/fixtures/seeds', seed.file), 'utf8');
  return text
    .split(/\r?\n/)
    .map(normaliseSpace)
    .filter(
      (line) =>
        line !== '' &&
        line !== seed.credit &&
        !seed.furniture.includes(line) &&
        !seed.inMetadata.includes(line),
    );
}

describe.each(SEEDS)('$page publishes $file verbatim', (seed) => {
  test('every line of the seed is the exact text of one block of the body, in order', async () => {
    const $ = await readPage(seed.page);
    const blocks = $('.document-body')
      .find('p, h2, h3, h4, li')
      .not('.addresses-note')
      .map((_, element) => normaliseSpace($(element).text()))
      .get();
    const lines = await seedLines(seed);
    expect(lines.length).toBeGreaterThan(3);
    let position = 0;
    for (const line of lines) {
      const found = blocks.indexOf(line, position);
      expect(found, `not found in order on ${seed.page}: ${line}`).toBeGreaterThanOrEqual(position);
      position = found + 1;
    }
  });

  test('the hosting page’s furniture is dropped', async () => {
    const text = normaliseSpace((await readPage(seed.page))('main').text());
    for (const line of seed.furniture) expect(text).not.toContain(line);
  });
});

describe('the news article keeps its provenance', () => {
  test('title, author, date and the publisher’s credit are on the page', async () => {
    const $ = await readPage(SEEDS[0]!.page);
    expect(normaliseSpace($('h1').text())).toBe(
      'Improvements made to the way Wiltshire Police protects children',
    );
    const metadata = normaliseSpace($('dl.metadata').text());
    expect(metadata).toContain('Jamie Hill');
    expect($('dl.metadata time').first().attr('datetime')).toBe('2023-09-15');
    expect($('dl.metadata time').first().text()).toBe('15 September 2023');
    expect(metadata).toContain('The Link');
  });

  test('the publisher’s credit is on the page word for word, as The Link’s, not as a paragraph', async () => {
    const seed = SEEDS[0]!;
    const $ = await readPage(seed.page);
    const credit = $('#publisher-credit').closest('section.publisher-credit');
    expect(credit.length).toBe(1);
    expect(normaliseSpace(credit.find('h2').text())).toBe('Publisher’s credit');
    expect(normaliseSpace(credit.find('p').text())).toBe(`As printed by The Link: ${seed.credit}`);
    expect(credit.find('a').attr('href')).toBe('/organisations/the-link/');
    expect(normaliseSpace(credit.find('.publisher-credit__words').text())).toBe(seed.credit);
    // In the article, after the document's words, but not in them and not searched.
    expect(credit.parent().is('article[data-pagefind-body]')).toBe(true);
    expect(credit.prevAll('.document-body').length).toBe(1);
    expect(credit.attr('data-pagefind-ignore')).toBeDefined();
    const body = normaliseSpace($('.document-body').text());
    for (const words of ['Registered in England', 'Positive Media Group', 'Devizes', 'SN1 4BJ'])
      expect(body).not.toContain(words);
    expect(credit.find('.paragraph-link, [data-recommendation-link], .addresses').length).toBe(0);
  });

  test('#p12, where the credit was once numbered as a paragraph, lands on the credit', async () => {
    const $ = await readPage(SEEDS[0]!.page);
    const marker = $('#p12');
    expect(marker.length).toBe(1);
    expect(marker.hasClass('anchor-alias')).toBe(true);
    expect(marker.text()).toBe('');
    expect(marker.next().is('h2#publisher-credit')).toBe(true);
    expect(marker.closest('.document-body').length).toBe(0);
  });
});
