import { getRssString } from '@astrojs/rss';
import { describe, expect, test } from 'vitest';
import { feedOptions } from '../../../src/lib/feeds/feed-options';
import { recommendationFeedItems } from '../../../src/lib/feeds/recommendation-items';
import { recommendationTrails } from '../../../src/lib/recommendations/trails';
import { SAMPLE_SITE, sampleSite } from '../../support/sample-content';
import { parseXml } from '../../support/xml';

interface ParsedItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
}

async function feedFor(id: string): Promise<ParsedItem[]> {
  const trail = recommendationTrails(sampleSite).get(id);
  if (!trail) throw new Error(`no trail ${id}`);
  const urls = { site: SAMPLE_SITE, base: '/' };
  const xml = await getRssString(
    feedOptions(
      {
        title: trail.recommendation.data.title,
        description: 'Updates.',
        pagePath: `/recommendations/${id}/`,
        feedPath: `/recommendations/${id}/feed.xml`,
        items: recommendationFeedItems(trail, sampleSite, urls),
      },
      urls,
    ),
  );
  const parsed = parseXml<{ rss: { channel: { item?: ParsedItem[] } } }>(xml, {
    ignoreAttributes: false,
    isArray: (name) => name === 'item',
  });
  return parsed.rss.channel.item ?? [];
}

describe('recommendation feed', () => {
  test('carries each document that speaks to it and each status given, newest first', async () => {
    const items = await feedFor('missing-children');
    expect(items.map((item) => item.title)).toEqual([
      'Force statement',
      'Claimed: Met – The Force (Missing children)',
      'Review report',
      'Verified: Improving – The Inspectorate (Missing children)',
    ]);
  });

  test('a status links to the paragraph that gives it and has its own id', async () => {
    const items = await feedFor('missing-children');
    const claim = items.find((item) => item.title.startsWith('Claimed'));
    expect(claim?.link).toBe('https://example.gov.uk/statements/force-statement/#p2');
    expect(claim?.guid['@_isPermaLink']).toBe('false');
    const guids = items.map((item) =>
      typeof item.guid === 'string' ? item.guid : item.guid['#text'],
    );
    expect(new Set(guids).size).toBe(items.length);
  });

  test('says plainly whether a status is a claim or the inspectorate’s finding, and how precise its date is', async () => {
    const items = await feedFor('missing-children');
    expect(items.find((item) => item.title.startsWith('Claimed'))?.description).toContain(
      'This is a claim, not verified by the inspectorate.',
    );
    const verified = items.find((item) => item.title.startsWith('Verified'));
    expect(verified?.description).toContain('This is the inspectorate’s finding.');
    expect(verified?.description).toContain(
      'Given April 2023 (the day is not known; feed readers show 1 April 2023).',
    );
  });

  test('presents a status as this site’s reading of the document, not the assessor’s word', async () => {
    const items = await feedFor('missing-children');
    const verified = items.find((item) => item.title.startsWith('Verified'));
    expect(verified?.description).toMatch(
      /^What The Inspectorate says about “Missing children” is recorded here as Improving: /,
    );
    expect(verified?.description).not.toMatch(/gives .* the status/);
  });

  test('a recommendation nobody has spoken to yet has a valid, empty feed', async () => {
    expect(await feedFor('untouched')).toEqual([]);
  });
});
