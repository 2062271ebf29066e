/** Built per-recommendation feeds: one per recommendation, carrying its documents and status changes. */
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, distHas, pageUrl, readDist } from '../support/built-site';
import { parseXml } from '../support/xml';

interface RecommendationJson {
  id: string;
  feed: string;
  statusHistory: { permalink: string }[];
  documents: string[];
}

const recommendations = (
  JSON.parse(readDist('data/recommendations.json')) as { recommendations: RecommendationJson[] }
).recommendations;

function items(id: string): { link: string; title: string }[] {
  const parsed = parseXml<{ rss: { channel: { item?: { link: string; title: string }[] } } }>(
    readDist(`recommendations/${id}/feed.xml`),
    { isArray: (name) => name === 'item' },
  );
  return parsed.rss.channel.item ?? [];
}

describe('/recommendations/<id>/feed.xml', () => {
  test('exists for every recommendation, at the address recommendations.json gives', () => {
    expect(recommendations.length).toBeGreaterThan(0);
    for (const rec of recommendations) {
      expect(distHas(`recommendations/${rec.id}/feed.xml`), rec.id).toBe(true);
      expect(rec.feed).toBe(pageUrl(`recommendations/${rec.id}/feed.xml`));
    }
    const built = readdirSync(join(DIST, 'recommendations')).filter((id) =>
      distHas(`recommendations/${id}/feed.xml`),
    );
    expect(built.sort()).toEqual(recommendations.map((rec) => rec.id).sort());
  });

  // A national corpus's /data/ says where they are instead (tests/browser/long-lists.test.ts).
  test('are each listed on /data/, this site having few', () => {
    const listed = [...readDist('data/index.html').matchAll(/href="([^"]+\/feed\.xml)"/g)].map(
      (match) => match[1],
    );
    for (const rec of recommendations) expect(listed, rec.id).toContain(new URL(rec.feed).pathname);
  });

  test('has one item per document about it plus one per status it was given', () => {
    for (const rec of recommendations) {
      expect(items(rec.id), rec.id).toHaveLength(rec.documents.length + rec.statusHistory.length);
      const links = items(rec.id).map((item) => item.link);
      for (const status of rec.statusHistory) expect(links, rec.id).toContain(status.permalink);
    }
  });

  test('at least one recommendation has a status change in its feed', () => {
    expect(
      recommendations.some((rec) =>
        items(rec.id).some((item) => /^(Claimed|Verified): /.test(item.title)),
      ),
    ).toBe(true);
  });
});
