// The XML helper the feed and sitemap tests parse with: a feed reader rejects
// a file that is not well-formed, so the helper must too, or those tests could pass on one.
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../support/xml';

describe('parseXml', () => {
  it('parses a well-formed feed', () => {
    const feed = parseXml<{ rss: { channel: { title: string } } }>(
      '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Updates &amp; news</title></channel></rss>',
    );
    expect(feed.rss.channel.title).toBe('Updates & news');
  });

  it('rejects a tag left open, naming the line', () => {
    expect(() => parseXml('<rss>\n<channel><title>x</title>\n</rss>')).toThrow(
      /Not well-formed XML: .*closing tag.*\(line 3\)/,
    );
  });

  it('rejects a bare ampersand, which feed readers refuse', () => {
    expect(() => parseXml('<rss><title>Police & Crime Commissioner</title></rss>')).toThrow(
      /Not well-formed XML/,
    );
  });
});
