/**
 * What tells a reader how to read the pages: what each status word means, that the ¶
 * numbers are links to share, where a printed page came from, and where to go from an
 * address that is not there.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { documentPaths, normaliseSpace, readDist, readPage } from '../support/built-site';
import { REPO_ROOT } from '../support/paths';
import { ASSESSMENT_STATUSES, ASSESSMENT_STATUS_LABEL } from '../../src/schemas/assessment';

const recommendationIds = (await readdir(join(REPO_ROOT, 'content/recommendations')))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));

/** The key's terms and meanings, as a reader sees them. */
const statusKey = ($: cheerio.CheerioAPI) =>
  $('.status-key dt')
    .map((_, term) => [[$(term).text(), normaliseSpace($(term).next('dd').text())]])
    .get() as unknown as [string, string][];

describe('what the status words mean', () => {
  test('the list of recommendations explains every status, in the words of the open data', async () => {
    const list = await readPage('/recommendations/');
    expect(list('.status-key h2').text()).toBe('What the statuses mean');
    expect(Object.fromEntries(statusKey(list))).toEqual(
      Object.fromEntries(
        Object.entries(ASSESSMENT_STATUSES).map(([id, meaning]) => [
          ASSESSMENT_STATUS_LABEL[id as keyof typeof ASSESSMENT_STATUSES],
          meaning,
        ]),
      ),
    );
  });

  test.each(recommendationIds)(
    '%s explains each status its page shows, and no other',
    async (id) => {
      const page = await readPage(`/recommendations/${id}/`);
      const shown = new Set(
        page('.status-pair strong, .status-history li > strong')
          .map((_, status) => page(status).text())
          .get(),
      );
      expect(new Set(statusKey(page).map(([term]) => term))).toEqual(shown);
    },
  );

  test('on a recommendation page, where it stands comes before the feed and the paragraphs', async () => {
    const page = await readPage('/recommendations/ncpi-wiltshire-2023-missing-children/');
    const order = page('#text, #status, .follow-feed, #paragraphs')
      .map((_, element) => page(element).attr('id') ?? 'feed')
      .get();
    expect(order).toEqual(['text', 'status', 'feed', 'paragraphs']);
  });
});

describe('where things stand, on the home page', () => {
  test('counts what the table of recommendations shows the inspectorate last found, and links to it', async () => {
    const home = await readPage('/');
    const section = home('#where-things-stand');
    expect(section.text()).toBe('Where things stand');
    const table = await readPage('/recommendations/');
    const verified = table('td[data-label="Verified"]')
      .map((_, cell) => table(cell).find('strong').text() || 'none')
      .get();
    const count = (status: string) => verified.filter((found) => found === status).length;
    const total = Number(/^(\d+) entries/.exec(table('caption').text())?.[1]);
    expect(verified).toHaveLength(total);
    // The real content: the 2023 review found improvement on four of the 2022 report's topics.
    expect(count('Improving')).toBe(4);
    const [tracked = '', findings] = normaliseSpace(section.next('p').text()).split('. From ');
    expect(findings).toBe(
      `the inspectorate’s latest findings, we mark ${count('Improving')} as Improving; for ${count('none')} no inspectorate finding on their progress since they were set is recorded on this site yet.`,
    );
    // What is tracked is named by kind, and every entry of the table is counted once.
    expect(tracked).toMatch(
      /^This site tracks \d+ areas still needing focus, \d+ recommendation topics and \d+ commitments$/,
    );
    const byKind = [...tracked.matchAll(/\d+/g)].map(([number]) => Number(number));
    expect(byKind.reduce((sum, number) => sum + number, 0)).toBe(total);
    expect(section.nextAll('p').find('a[href="/recommendations/"]')).toHaveLength(1);
  });
});

describe('paragraph links', () => {
  test.each(documentPaths())('%s says what its ¶ numbers are for', async (path) => {
    const page = await readPage(path);
    const hint = page('article > p.note')
      .filter((_, note) => page(note).text().includes('¶'))
      .first();
    expect(normaliseSpace(hint.text())).toBe(
      'The ¶ number beside each paragraph is a link to that paragraph alone, to share or cite.',
    );
    // Just before the body whose ¶ numbers it explains, and not printed or indexed.
    expect(hint.next().is('.document-body')).toBe(true);
    expect(hint.is('.no-print[data-pagefind-ignore]')).toBe(true);
  });
});

describe('printed pages', () => {
  test.each([
    '/recommendations/ncpi-wiltshire-2022-voice-of-the-child/',
    '/responses/pcc-response-ncpi-post-inspection-review-2023/',
    '/organisations/wiltshire-police/',
  ])('%s says on paper where it was printed from, and prints no feed box', async (path) => {
    const page = await readPage(path);
    const canonical = page('link[rel="canonical"]').attr('href');
    expect(page('main > p.print-only').first().text()).toBe(`Printed from ${canonical}`);
    expect(page('main p.print-only')).toHaveLength(1);
    page('.follow-feed').each((_, feed) => expect(page(feed).is('.no-print')).toBe(true));
  });

  test('a briefing prints its full record’s address instead, so says it once', async () => {
    const briefing = await readPage(
      '/recommendations/ncpi-wiltshire-2022-voice-of-the-child/briefing/',
    );
    expect(briefing('.print-only')).toHaveLength(0);
    expect(briefing('dl.metadata a').last().text()).toMatch(/^https:\/\/.*\/recommendations\//);
  });
});

describe('the page for an address that is not there', () => {
  test('leads on to every list a shared link is likely from, and to search', () => {
    const notFound = cheerio.load(readDist('404.html'));
    const links = notFound('main a')
      .map((_, link) => notFound(link).attr('href'))
      .get();
    expect(links).toEqual(
      expect.arrayContaining([
        '/recommendations/',
        '/reports/',
        '/statements/',
        '/responses/',
        '/documents/',
        '/search/',
        '/',
      ]),
    );
    // Its suggestion of a likely address is filled in by its script, only when there is one.
    expect(notFound('#likely-address').attr('hidden')).toBeDefined();
    expect(notFound('main p.print-only')).toHaveLength(0);
  });
});
