import { getRssString } from '@astrojs/rss';
import { describe, expect, test } from 'vitest';
import { FEED_ITEMS, documentFeedItems } from '../../../src/lib/feeds/document-items';
import { person, report, response, statement } from '../../support/content-builders';
import { feedOptions } from '../../../src/lib/feeds/feed-options';
import { SAMPLE_SITE, sampleDocuments, sampleSite } from '../../support/sample-content';
import { parseXml } from '../../support/xml';

interface ParsedItem {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  description: string;
  category: string[];
}

async function buildFeed(base: string) {
  const urls = { site: SAMPLE_SITE, base };
  const xml = await getRssString(
    feedOptions(
      {
        title: 'Everything',
        description: 'All documents.',
        pagePath: '/',
        feedPath: '/feed.xml',
        items: documentFeedItems(sampleDocuments, sampleSite, urls),
      },
      urls,
    ),
  );
  type Channel = { link: string; item: ParsedItem[]; 'atom:link': Record<string, string> };
  const parsed = parseXml<{ rss: { channel: Channel } }>(xml, {
    ignoreAttributes: false,
    isArray: (name) => name === 'item' || name === 'category',
  });
  return parsed.rss.channel;
}

describe('document feed', () => {
  test('has one item per document, newest first, with full addresses', async () => {
    const channel = await buildFeed('/');
    expect(channel.item.map((item) => item.link)).toEqual([
      'https://example.gov.uk/statements/force-statement/',
      'https://example.gov.uk/reports/review-2023/',
      'https://example.gov.uk/responses/pcc-response/',
      'https://example.gov.uk/reports/inspection-2022/',
    ]);
    expect(channel.link).toBe('https://example.gov.uk/');
    expect(channel['atom:link']['@_href']).toBe('https://example.gov.uk/feed.xml');
  });

  test('carries the newest documents only, once there are more than a feed holds', () => {
    // One statement a day from 1 January 2024: the last is the newest.
    const daily = Array.from({ length: FEED_ITEMS + 20 }, (_, n) => {
      const published = new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
      return statement(`statement-${n}`, { published });
    });
    const items = documentFeedItems(daily, sampleSite, { site: SAMPLE_SITE });
    expect(items).toHaveLength(FEED_ITEMS);
    expect(items[0]?.link).toBe(`${SAMPLE_SITE}/statements/statement-${FEED_ITEMS + 19}/`);
    expect(items.at(-1)?.link).toBe(`${SAMPLE_SITE}/statements/statement-20/`);
  });

  test('respects a base path in every address', async () => {
    const channel = await buildFeed('/tracker/');
    expect(channel.link).toBe('https://example.gov.uk/tracker/');
    expect(channel['atom:link']['@_href']).toBe('https://example.gov.uk/tracker/feed.xml');
    expect(channel.item[0]?.link).toBe(
      'https://example.gov.uk/tracker/statements/force-statement/',
    );
  });

  test('dates a year-only document its earliest day and says the real precision', async () => {
    const channel = await buildFeed('/');
    const response = channel.item.find((item) => item.link.endsWith('/pcc-response/'));
    expect(new Date(response?.pubDate ?? '').toISOString()).toBe('2023-01-01T00:00:00.000Z');
    expect(response?.description).toContain('Published 2023 (the month and day are not known');
  });

  // HMICFRS's 2023 review is known only as "2023", and came after the inspectors' April visit.
  test('dates a document no earlier than other facts allow, and says which day readers see', () => {
    const review = report('review', { published: '2023', fieldwork: '2023-04' });
    const answer = response('answer', { published: '2023', respondsTo: ['review'] });
    const documents = [review, answer];
    const items = documentFeedItems(documents, { ...sampleSite, documents }, { site: SAMPLE_SITE });
    for (const item of items) {
      expect(item.pubDate?.toISOString(), item.link).toBe('2023-04-01T00:00:00.000Z');
      expect(item.description, item.link).toContain(
        'Published 2023 (the month and day are not known; feed readers show 1 April 2023).',
      );
    }
  });

  test('says who issued it, whether it is a summary, and escapes text safely', async () => {
    const channel = await buildFeed('/');
    const report = channel.item.find((item) => item.link.endsWith('/inspection-2022/'));
    expect(report?.description).toMatch(
      /^Report \(our summary\) from The Inspectorate\. Published 5 August 2022\./,
    );
    expect(report?.description).toMatch(/ The original is linked from the page\.$/);
    expect(report?.category).toEqual(['Report', 'missing-children']);
    const response = channel.item.find((item) => item.link.endsWith('/pcc-response/'));
    expect(response?.title).toBe('PCC response & comments');
    expect(response?.description).toContain('The commissioner replies <in full>.');
  });

  // An MP's statement is issued by no organisation: its item said only "Statement."
  test('names the authors of a document no organisation issued', () => {
    const names = { organisations: [], people: [person('an-mp')], documents: [] };
    const [item] = documentFeedItems(
      [statement('mp-statement', { published: '2022-08-05', authors: ['an-mp'] })],
      names,
      { site: SAMPLE_SITE },
    );
    expect(item?.description).toMatch(/^Statement by Name of an-mp\. Published 5 August 2022\./);
  });

  test('a withdrawn document keeps its item and address, and says so first', () => {
    const names = { organisations: [], people: [person('an-mp')], documents: [] };
    const [item] = documentFeedItems(
      [
        statement('mp-statement', {
          published: '2022-08-05',
          authors: ['an-mp'],
          withdrawn: { date: '2023-01', reason: 'The figures in it were wrong' },
        }),
      ],
      names,
      { site: SAMPLE_SITE },
    );
    expect(item?.title).toBe('Withdrawn: Title of mp-statement');
    expect(item?.link).toBe('https://example.gov.uk/statements/mp-statement/');
    expect(item?.description).toMatch(
      /^Withdrawn in January 2023: The figures in it were wrong\. Statement by Name of an-mp\. Published 5 August 2022\./,
    );
  });

  // Most feed readers show an item again when its description changes: a journalist who
  // quoted a document hears of its correction.
  test('says when a document was last updated, and what changed', () => {
    const names = { organisations: [], people: [person('an-mp')], documents: [] };
    const [item] = documentFeedItems(
      [
        statement('mp-statement', {
          published: '2022-08-05',
          authors: ['an-mp'],
          changes: [
            { date: '2024-02-01', note: 'Corrected a copying mistake in paragraph 3' },
            { date: '2023-05-02', note: 'Added the link to the original.' },
          ],
        }),
      ],
      names,
      { site: SAMPLE_SITE },
    );
    expect(item?.description).toMatch(
      /^Statement by Name of an-mp\. Published 5 August 2022\. Last updated 1 February 2024: Corrected a copying mistake in paragraph 3\. /,
    );
  });
});
