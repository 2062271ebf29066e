/** The built feeds: valid XML, one item per document page, found from the pages they belong to. */
import { describe, expect, test } from 'vitest';
import { documentPageDirs, htmlPageDirs, pageUrl, readDist } from '../support/built-site';
import { parseXml } from '../support/xml';

interface Channel {
  link: string;
  item: { title: string; link: string; pubDate: string; description: string }[];
}

function parseFeed(path: string): Channel {
  const parsed = parseXml<{ rss: { '@_version': string; channel: Channel } }>(readDist(path), {
    ignoreAttributes: false,
    isArray: (name) => name === 'item',
  });
  expect(parsed.rss['@_version']).toBe('2.0');
  return { ...parsed.rss.channel, item: parsed.rss.channel.item ?? [] };
}

function alternateFeeds(pageDir: string): string[] {
  const html = readDist(`${pageDir}index.html`);
  return [
    ...html.matchAll(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
}

const organisationDirs = htmlPageDirs().filter((dir) => /^organisations\/[^/]+\/$/.test(dir));

describe('/feed.xml', () => {
  test('has exactly one item per document page, each linking to its page', () => {
    const items = parseFeed('feed.xml').item;
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((item) => item.link).sort()).toEqual(documentPageDirs().map(pageUrl).sort());
  });

  test('every item has a title, a date and a description', () => {
    for (const item of parseFeed('feed.xml').item) {
      expect(item.title).not.toBe('');
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      expect(item.description).toMatch(/Published /);
    }
  });

  test('is announced on every page, with its full address', () => {
    const feedUrl = pageUrl('feed.xml');
    for (const dir of htmlPageDirs()) expect(alternateFeeds(dir), dir).toContain(feedUrl);
  });

  test('the home page has a visible Follow link that explains feeds', () => {
    const home = readDist('index.html');
    expect(home).toMatch(
      /<a href="[^"]*feed\.xml" type="application\/rss\+xml">Follow every new document/,
    );
    expect(home).toContain('A feed is a web address');
  });
});

describe('/organisations/<id>/feed.xml', () => {
  test('exists for every organisation page, is announced there and followed by a visible link', () => {
    expect(organisationDirs.length).toBeGreaterThan(0);
    for (const dir of organisationDirs) {
      const feedUrl = pageUrl(`${dir}feed.xml`);
      expect(alternateFeeds(dir), dir).toContain(feedUrl);
      expect(readDist(`${dir}index.html`)).toContain(
        `${new URL(feedUrl).pathname}" type="application/rss+xml">Follow`,
      );
      expect(parseFeed(`${dir}feed.xml`).link).toBe(pageUrl(dir));
    }
  });

  test('carries the same documents as the organisation page lists', () => {
    for (const dir of organisationDirs) {
      const html = readDist(`${dir}index.html`);
      const listed = [...html.matchAll(/<h3><a href="([^"]+)"/g)].map(
        (match) => new URL(match[1] ?? '', pageUrl(dir)).href,
      );
      const inFeed = parseFeed(`${dir}feed.xml`).item.map((item) => item.link);
      expect(inFeed, dir).toEqual(listed);
    }
  });
});
