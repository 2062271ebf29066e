import { getRssString } from '@astrojs/rss';
import { describe, expect, test } from 'vitest';
import { feedOptions } from '../../../src/lib/feeds/feed-options';
import { recommendationFeedItems } from '../../../src/lib/feeds/recommendation-items';
import { recommendationTrails } from '../../../src/lib/recommendations/trails';
import { SAMPLE_SITE, sampleSite } from '../../support/sample-content';
import { date, recommendation, report, response, site } from '../../support/content-builders';
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

  // As HMICFRS's 2023 review ("2023", after an April visit) and the PCC's response to it.
  test('dates a status no earlier than the document it comes from, newest first by those dates', () => {
    const content = site({
      documents: [
        report('review', { published: '2023', fieldwork: '2023-04' }),
        response('answer', {
          published: '2023',
          issuer: 'pcc-office',
          respondsTo: ['review'],
          crossLinks: [{ recommendation: 'rec', paragraph: 'p1' }],
          assessments: [{ recommendation: 'rec', status: 'accepted' }],
        }),
        response('earlier-answer', {
          published: '2023-02-10',
          respondsTo: ['review'],
          crossLinks: [{ recommendation: 'rec', paragraph: 'p1' }],
        }),
      ],
      recommendations: [recommendation('rec', { report: 'review' })],
    });
    const office = content.organisations.find((entry) => entry.id === 'pcc-office')!;
    office.data.article = 'the';
    const trail = recommendationTrails(content).get('rec')!;
    const items = recommendationFeedItems(trail, content, { site: SAMPLE_SITE });
    const named = (title = '') => (title.startsWith('Claimed:') ? 'the claim' : title);
    // The response's issuer, the PCC's office, is "the Office of …" in a sentence.
    expect(items.find((item) => item.title?.startsWith('Claimed:'))?.description).toMatch(
      /^What the Name of pcc-office says about /,
    );
    expect(items.map((item) => [named(item.title), item.pubDate?.toISOString()])).toEqual([
      ['Title of answer', '2023-04-01T00:00:00.000Z'],
      ['the claim', '2023-04-01T00:00:00.000Z'],
      ['Title of earlier-answer', '2023-02-10T00:00:00.000Z'],
    ]);
  });

  test('dates a status by its own date when it gives one, even before its document', () => {
    const content = site({
      documents: [
        report('review', { published: '2023', fieldwork: '2023-04' }),
        response('answer', {
          published: '2023',
          respondsTo: ['review'],
          assessments: [{ recommendation: 'rec', status: 'accepted', date: date('2023-03') }],
        }),
      ],
      recommendations: [recommendation('rec', { report: 'review' })],
    });
    const trail = recommendationTrails(content).get('rec')!;
    const items = recommendationFeedItems(trail, content, { site: SAMPLE_SITE });
    expect(items.map((item) => item.pubDate?.toISOString())).toEqual([
      '2023-04-01T00:00:00.000Z',
      '2023-03-01T00:00:00.000Z',
    ]);
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
