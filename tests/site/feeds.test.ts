/** The built feeds: valid XML, one item per document page, found from the pages they belong to. */
import { describe, expect, test } from 'vitest';
import { documentPageDirs, htmlPageDirs, pageUrl, readDist } from '../support/built-site';
import { parseXml } from '../support/xml';

interface Channel {
  link: string;
  copyright: string;
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

  test('licenses only its own summaries and links, never the documents', () => {
    const feeds = ['feed.xml', ...organisationDirs.map((dir) => `${dir}feed.xml`)];
    for (const feed of feeds) {
      const { copyright } = parseFeed(feed);
      expect(copyright, feed).toMatch(/^This feed's summaries and links: Open Government Licence/);
      expect(copyright, feed).toContain("The documents stay their authors' and publishers'.");
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

  test('carries the documents its page lists, and those of the organisations it includes', () => {
    const listedOn = (dir: string): string[] => {
      const html = readDist(`${dir}index.html`);
      const listed = [...html.matchAll(/<h3><a href="([^"]+)"/g)].map(
        (match) => new URL(match[1] ?? '', pageUrl(dir)).href,
      );
      const includes = /<p>Includes (.*?)<\/p>/.exec(html)?.[1] ?? '';
      const parts = [...includes.matchAll(/href="\/([^"]+)"/g)].map((match) => match[1] ?? '');
      return [...listed, ...parts.flatMap(listedOn)];
    };
    for (const dir of organisationDirs) {
      const inFeed = parseFeed(`${dir}feed.xml`).item.map((item) => item.link);
      expect(inFeed.sort(), dir).toEqual([...new Set(listedOn(dir))].sort());
    }
  });

  test('says why it carries a document its people are quoted in, as the page does', () => {
    const feed = parseFeed('organisations/opcc-wiltshire-swindon/feed.xml');
    const statement = feed.item.find((item) =>
      item.link.endsWith('/statements/danny-kruger-ncpi-2022/'),
    );
    expect(statement?.description).toContain(
      'Listed here because it quotes Philip Wilkinson, Police and Crime Commissioner for Wiltshire and Swindon.',
    );
    const own = feed.item.find((item) => item.link.includes('/responses/'));
    expect(own?.description).not.toContain('Listed here because');
  });

  test("a publisher's feed follows its outlets, and says so", () => {
    const feed = parseFeed('organisations/positive-media-group/feed.xml');
    expect(feed.item.map((item) => item.link)).toEqual(
      parseFeed('organisations/the-link/feed.xml').item.map((item) => item.link),
    );
    expect(feed.item.length).toBeGreaterThan(0);
    expect(readDist('organisations/positive-media-group/index.html')).toContain(
      'Follow new documents from or about Positive Media Group, including The Link (RSS feed)',
    );
  });
});
