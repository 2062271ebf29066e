/** A document's compiled HTML, served under a sub-path: every link and image still lands. */
import { describe, expect, test } from 'vitest';
import { rebaseHtml } from '../../../src/lib/site/urls';

describe('rebaseHtml', () => {
  const html =
    '<p><a href="/reports/x/#p2">see</a> <img src="/images/map.png" alt="Map"> ' +
    '<a href="https://example.org/">out</a> <a href="#p3">here</a> <img src="//cdn.example/x.png"></p>';

  test('puts the base path in front of root-relative links and images', () => {
    const rebased = rebaseHtml(html, '/wiltshire/');
    expect(rebased).toContain('href="/wiltshire/reports/x/#p2"');
    expect(rebased).toContain('src="/wiltshire/images/map.png"');
  });

  test('leaves other sites, same-page anchors and protocol-relative addresses alone', () => {
    const rebased = rebaseHtml(html, '/wiltshire/');
    expect(rebased).toContain('href="https://example.org/"');
    expect(rebased).toContain('href="#p3"');
    expect(rebased).toContain('src="//cdn.example/x.png"');
  });

  test('leaves the document’s own words alone, in text and in code', () => {
    const words =
      '<p id="p4" data-section="a > b">The form used src="/login" and <code>href="/x"</code>.</p>';
    expect(rebaseHtml(words, '/wiltshire/')).toBe(words);
    expect(rebaseHtml(`<a title="a > b" href="/reports/">r</a>${words}`, '/wiltshire/')).toBe(
      `<a title="a > b" href="/wiltshire/reports/">r</a>${words}`,
    );
  });

  test('changes nothing at the root', () => {
    expect(rebaseHtml(html, '/')).toBe(html);
  });
});
