// Every link in the built site leads somewhere: internal pages, files and #paragraph
// anchors exist; external links are well-formed (not fetched: there is no network).
import { describe, expect, it } from 'vitest';
import { builtFiles, builtPages, sitePathBase } from '../support/built-site';
import { checkLinks } from '../support/link-check';

describe('links in the built site', () => {
  it('all resolve, fragments included', async () => {
    const [pages, files] = await Promise.all([builtPages(), builtFiles()]);
    expect(pages.length).toBeGreaterThan(1);
    const broken = checkLinks(pages, files, sitePathBase()).map(
      ({ page, href, problem }) => `${page}: ${href} ${problem}`,
    );
    expect(broken).toEqual([]);
  });
});
