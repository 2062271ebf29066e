import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { escapeMarkup } from '../../../src/lib/text/escape-markup';

describe('escapeMarkup', () => {
  const hostile = 'Q&A: "fast" <b>track</b> > 5 & </p><script>x</script>';

  test('reads back as the same text, as element content and as an attribute', () => {
    const $ = cheerio.load(`<p title="${escapeMarkup(hostile)}">${escapeMarkup(hostile)}</p>`);
    expect($('p').text()).toBe(hostile);
    expect($('p').attr('title')).toBe(hostile);
    expect($('script').length).toBe(0);
  });

  test('leaves plain text alone', () => {
    expect(escapeMarkup('Missing children, p4')).toBe('Missing children, p4');
  });
});
