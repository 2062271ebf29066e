/**
 * A document body may link to any file the site publishes (check-body-links.ts): the check
 * knows them before the build from public/, the routes that make files, and what is
 * written after Astro's pages (site-addresses.ts). Every file in the build is one of them,
 * so a file the build starts writing somewhere new cannot be refused as missing.
 */
import { describe, expect, test } from 'vitest';
import { readSiteAddresses } from '../../src/lib/integrity/site-addresses';
import { builtFiles } from '../support/built-site';
import { REPO_ROOT } from '../support/paths';

/**
 * Not for links: Astro's hashed bundles, whose names change each build, and the host's
 * settings (`_headers`, `_redirects`), which it reads and does not serve.
 */
const NOT_LINKED = /^\/(?:_astro\/|_headers$|_redirects$)/;

describe('files a body link may lead to', () => {
  test("include every file the build published, other than pages, bundles and the host's settings", async () => {
    const addresses = await readSiteAddresses(REPO_ROOT);
    const unknown = (await builtFiles())
      .map((file) => `/${file}`)
      .filter((path) => !path.endsWith('.html') && !NOT_LINKED.test(path))
      .filter(
        (path) =>
          !addresses.files.has(path) && !addresses.builtFiles.some((pattern) => pattern.test(path)),
      );
    expect(unknown).toEqual([]);
  });
});
