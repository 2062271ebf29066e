/**
 * The Link's company footer ("Registered in England & Wales. No: 4513027, Positive Media
 * Group, …") was once published as paragraph 12 of Wiltshire Police's statement, so it could
 * be cited as the force's words and a search for "Devizes" found the statement at "Paragraph
 * 12". It is the publisher's credit (`publisherCredit`, PublisherCredit.astro): on the page,
 * but neither a numbered paragraph of the statement nor in the search index.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { readDist, readPage, readPageHtml } from '../support/built-site';
import { distDir } from '../support/paths';
import { searchEdition } from '../../src/lib/search/search-edition';

const PAGE = '/statements/improvements-wiltshire-police-protects-children-2023/';
/** Words of the credit only: none of them is the statement's. */
const CREDIT_WORDS = ['Positive Media Group', '4513027', 'Devizes', 'Swindon', 'SN1 4BJ'];

interface Fragment {
  url: string;
  content: string;
  anchors: { element: string; id: string; text: string }[];
}

/** The page's fragment in whichever shard of the search index holds it. */
async function fragmentOf(url: string): Promise<Fragment> {
  const dist = distDir();
  const shards = await readdir(path.join(dist, 'pagefind-shards')).catch(() => []);
  const folders = [
    path.join(dist, 'pagefind'),
    ...shards.map((name) => path.join(dist, 'pagefind-shards', name)),
  ];
  for (const folder of folders) {
    const fragments = path.join(folder, 'fragment');
    for (const file of await readdir(fragments)) {
      const text = gunzipSync(await readFile(path.join(fragments, file))).toString('utf8');
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
      if (fragment.url.endsWith(url)) return fragment;
    }
  }
  throw new Error(`${url} is not in the search index`);
}

describe('the publisher’s credit of The Link’s article', () => {
  test('the statement has 11 numbered paragraphs, p1 to p11, none of them the credit', async () => {
    const $ = await readPage(PAGE);
    const numbered = $('.document-body [id^="p"]')
      .filter((_, element) => /^p\d+$/.test($(element).attr('id') ?? ''))
      .map((_, element) => $(element).attr('id'))
      .get();
    expect(numbered).toEqual(Array.from({ length: 11 }, (_, index) => `p${index + 1}`));
    expect($('.document-body .paragraph-link').length).toBe(11);
    expect($('.document-body .paragraph-link').last().attr('data-paragraph')).toBe('11');
    const body = $('.document-body').text();
    for (const words of CREDIT_WORDS) expect(body).not.toContain(words);
  });

  test('its search edition has the statement’s words but not the credit, nor a #p12', () => {
    const edition = searchEdition(readPageHtml(PAGE));
    expect(edition).toContain('green shoots of positive practice');
    for (const words of [...CREDIT_WORDS, 'Registered in England', 'Publisher’s credit'])
      expect(edition).not.toContain(words);
    expect(edition).not.toContain('id="p12"');
    expect(edition).not.toContain('id="publisher-credit"');
  });

  test('the search index holds the statement without the credit, in 11 paragraphs', async () => {
    const fragment = await fragmentOf(PAGE);
    expect(fragment.content).toContain('green shoots of positive practice');
    for (const words of CREDIT_WORDS) expect(fragment.content).not.toContain(words);
    const paragraphs = fragment.anchors
      .map((anchor) => anchor.id)
      .filter((id) => /^p\d+$/.test(id));
    expect(paragraphs).toEqual(Array.from({ length: 11 }, (_, index) => `p${index + 1}`));
  });

  test('the open data counts 11 paragraphs, and gives the credit apart, word for word', () => {
    const documents = JSON.parse(readDist('data/documents.json')) as {
      documents: { url: string; paragraphs: number; publisherCredit: string | null }[];
    };
    const statement = documents.documents.find((doc) => doc.url.endsWith(PAGE));
    expect(statement?.paragraphs).toBe(11);
    expect(statement?.publisherCredit).toBe(
      'Registered in England & Wales. No: 4513027, Positive Media Group, Old Bank House, 5 Devizes Road, Old Town, Swindon, SN1 4BJ',
    );
  });

  test('no recommendation quotes the credit as a paragraph that answers it', async () => {
    const dist = distDir();
    const folders = await readdir(path.join(dist, 'recommendations'), { withFileTypes: true });
    const pages = folders.filter((entry) => entry.isDirectory() && entry.name !== 'page');
    expect(pages.length).toBeGreaterThan(0);
    for (const entry of pages) {
      const html = readPageHtml(`/recommendations/${entry.name}/`);
      // Not "Swindon": the PCC's office is "of Wiltshire and Swindon".
      for (const words of ['Positive Media Group', '4513027', 'Devizes', 'SN1 4BJ'])
        expect(html, entry.name).not.toContain(words);
    }
  });
});
