// The built site runs no inline code, carries its Content Security Policy on every page,
// ships security headers for static hosts, contacts no other site and sets no cookies.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  contentSecurityPolicyForHeader,
  contentSecurityPolicyForMeta,
} from '../../src/lib/security/policy';
import { builtFiles, builtPages, sitePathBase, type BuiltPage } from '../support/built-site';
import { distDir } from '../support/paths';

let pages: BuiltPage[];
let files: string[];

beforeAll(async () => {
  [pages, files] = await Promise.all([builtPages(), builtFiles()]);
});

/** `page: what` lines for every page where `find` finds something, for readable failures. */
function offences(find: (page: BuiltPage) => string[]): string[] {
  return pages.flatMap((page) => find(page).map((what) => `${page.url}: ${what}`));
}

describe('no inline code on any page', () => {
  it('builds the pages it checks', () => {
    expect(pages.map((page) => page.file)).toEqual(
      expect.arrayContaining(['index.html', '404.html']),
    );
  });

  it('has no <script> without src (Astro must not inline scripts)', () => {
    expect(
      offences(({ $ }) =>
        $('script:not([src])')
          .map(() => 'inline <script>')
          .toArray(),
      ),
    ).toEqual([]);
  });

  it('has no <style> element and no style="…" attribute', () => {
    expect(
      offences(({ $ }) => [
        ...$('style')
          .map(() => '<style>')
          .toArray(),
        ...$('[style]')
          .map((_, element) => `style= on <${element.tagName}>`)
          .toArray(),
      ]),
    ).toEqual([]);
  });

  it('has no event-handler attributes and no javascript: URLs', () => {
    expect(
      offences(({ $ }) =>
        $('html *')
          .toArray()
          .flatMap((element) =>
            Object.entries(element.attribs)
              .filter(([name, value]) => /^on/i.test(name) || /^\s*javascript:/i.test(value))
              .map(([name]) => `${name} on <${element.tagName}>`),
          ),
      ),
    ).toEqual([]);
  });
});

describe('Content Security Policy', () => {
  it('is strict: no unsafe-inline or unsafe-eval, nothing from other sites', () => {
    const policy = contentSecurityPolicyForHeader();
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|https?:|data:/);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('is in a <meta> tag on every page, before any stylesheet or script', () => {
    const expected = contentSecurityPolicyForMeta();
    expect(expected).not.toContain('frame-ancestors');
    expect(
      offences(({ $ }) => {
        const inHead = $('head *').toArray();
        const metaIndex = inHead.findIndex(
          (element) =>
            element.tagName === 'meta' &&
            element.attribs['http-equiv']?.toLowerCase() === 'content-security-policy',
        );
        if (metaIndex === -1) return ['no CSP meta tag'];
        const problems: string[] = [];
        if (inHead[metaIndex]!.attribs.content !== expected) problems.push('a different policy');
        const firstResource = inHead.findIndex(
          (element) =>
            element.tagName === 'script' ||
            (element.tagName === 'link' && /\bstylesheet\b/.test(element.attribs.rel ?? '')),
        );
        if (firstResource !== -1 && firstResource < metaIndex) {
          problems.push('CSP meta after a script or stylesheet');
        }
        return problems;
      }),
    ).toEqual([]);
  });
});

/** Parses a Netlify / Cloudflare Pages `_headers` file: a path line, then indented `Name: value` lines. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!current || !header)
      throw new Error(`_headers line ${index + 1} is not "  Name: value": ${line}`);
    current.set(header[1]!.toLowerCase(), header[2]!.trim());
  });
  return rules;
}

describe('_headers for static hosts', () => {
  it('parses and sends every security header on every path', async () => {
    const rules = parseHeadersFile(await readFile(join(distDir(), '_headers'), 'utf8'));
    expect([...rules.keys()]).toEqual(['/*']);
    const headers = rules.get('/*')!;
    expect(headers.get('content-security-policy')).toBe(contentSecurityPolicyForHeader());
    expect(headers.get('strict-transport-security')).toMatch(/^max-age=(\d+)/);
    const maxAge = Number(/max-age=(\d+)/.exec(headers.get('strict-transport-security')!)![1]);
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toMatch(
      /^(no-referrer|strict-origin|same-origin|strict-origin-when-cross-origin)$/,
    );
    expect(headers.get('permissions-policy')).toMatch(
      /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
    );
    expect(headers.has('set-cookie')).toBe(false);
  });

  it('carries the same policy as the meta tag, plus frame-ancestors', () => {
    expect(contentSecurityPolicyForHeader()).toBe(
      `${contentSecurityPolicyForMeta()}; frame-ancestors 'none'`,
    );
  });
});

describe('no third-party requests, no cookies', () => {
  /** Resources a browser fetches without a click: scripts, stylesheets, icons, images, fonts, media. */
  function fetchedUrls({ $ }: BuiltPage): string[] {
    const urls: string[] = [];
    for (const element of $('html *').toArray()) {
      for (const attribute of ['src', 'srcset', 'poster', 'data']) {
        const value = element.attribs[attribute];
        if (value !== undefined) urls.push(value);
      }
      const { href, rel = '' } = element.attribs;
      if (element.tagName === 'link' && href !== undefined) {
        if (!/\b(canonical|alternate|author|license)\b/.test(rel)) urls.push(href);
      }
    }
    return urls;
  }

  // A scheme (https:, data:…) or a second slash (//host, \\host) leaves the site.
  const isThirdParty = (url: string) => /^\s*(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(url);

  it('loads every script, stylesheet, image and font from the site itself', () => {
    expect(
      offences((page) =>
        fetchedUrls(page)
          .filter(isThirdParty)
          .map((url) => `loads ${url}`),
      ),
    ).toEqual([]);
  });

  it('has stylesheets that fetch nothing from other sites', async () => {
    // The stylesheets pages load (files in dist/ that nothing links to, such as the
    // optional UI styles Pagefind writes, are never fetched).
    const base = sitePathBase();
    const css = new Set(
      pages.flatMap(({ $ }) =>
        $('link[rel~="stylesheet"][href]')
          .map((_, link) => link.attribs.href ?? '')
          .toArray()
          .filter((href) => href.startsWith(base))
          .map((href) => href.slice(base.length)),
      ),
    );
    expect(css.size).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of css) {
      const text = await readFile(join(distDir(), file), 'utf8');
      for (const match of text.matchAll(/(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)/g)) {
        if (isThirdParty(match[1]!)) found.push(`${file}: ${match[1]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('sets no cookies: no Set-Cookie meta and no script touching cookies', async () => {
    const scripts = files.filter((file) => /\.(m?js)$/.test(file));
    const found: string[] = offences(({ $ }) =>
      $('meta[http-equiv]')
        .filter((_, meta) => meta.attribs['http-equiv']?.toLowerCase() === 'set-cookie')
        .map(() => 'Set-Cookie meta')
        .toArray(),
    );
    for (const file of scripts) {
      const text = await readFile(join(distDir(), file), 'utf8');
      if (/document\.cookie|cookieStore/.test(text)) found.push(`${file} uses cookies`);
    }
    expect(found).toEqual([]);
  });
});
