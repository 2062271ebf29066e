import { describe, expect, it } from 'vitest';
import { addAnchorAliases, redirectPage, redirectsFile } from '../../src/lib/permalinks/redirects';
import { parsePlace } from '../../src/lib/permalinks/places';
import { withBase } from '../../src/lib/site/urls';

const alias = (from: string, to: string) => ({ from: parsePlace(from), to: parsePlace(to) });
const site = new URL('https://example.org/');

describe('what aliases produce', () => {
  it('a redirect page with canonical link, meta refresh and a visible link, and no script', () => {
    const { path, html } = redirectPage(alias('/reports/old/', '/reports/new/'), site, (path) =>
      withBase(path, '/sub/'),
    );
    expect(path).toBe('/reports/old/');
    expect(html).toContain('<link rel="canonical" href="https://example.org/sub/reports/new/" />');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/sub/reports/new/" />');
    expect(html).toContain('<a href="/sub/reports/new/">');
    expect(html).not.toContain('<script');
  });

  it('one _redirects line per moved page, none for moved anchors', () => {
    const text = redirectsFile([alias('/a/', '/b/#p2'), alias('/c/#p1', '/c/#p2')], (path) =>
      withBase(path, '/'),
    );
    expect(text.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual([
      '/a/ /b/#p2 301',
    ]);
  });

  it('an empty element with the old id just before the block that holds the words', () => {
    const html = '<p id="p7">Other words</p><a href="#p7"></a><p id="p8">The words</p>';
    expect(addAnchorAliases(html, [{ from: 'p9', to: 'p8' }])).toBe(
      '<p id="p7">Other words</p><a href="#p7"></a><span id="p9" class="anchor-alias" data-alias-for="p8"></span><p id="p8">The words</p>',
    );
    expect(addAnchorAliases(html, [{ from: 'p9', to: 'p99' }])).toBeUndefined();
  });

  it('adds each marker once, even to a page that already has it (a page reused from the previous build)', () => {
    const html = '<p id="p7">Other words</p><p id="p8">The words</p>';
    const aliases = [
      { from: 'p9', to: 'p8' },
      { from: 'old-heading', to: 'p7' },
    ];
    const once = addAnchorAliases(html, aliases);
    expect(once).toBe(
      '<span id="old-heading" class="anchor-alias" data-alias-for="p7"></span><p id="p7">Other words</p><span id="p9" class="anchor-alias" data-alias-for="p8"></span><p id="p8">The words</p>',
    );
    expect(addAnchorAliases(once!, aliases)).toBe(once);
  });
});
