// The built site runs no inline code, carries its Content Security Policy on every page,
// ships security headers for static hosts, contacts no other site and sets no cookies.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  contentSecurityPolicyForHeader,
  contentSecurityPolicyForMeta,
} from '../../src/lib/security/policy';
import {
  attributeOf,
  builtFiles,
  builtPages,
  elementsOf,
  type BuiltPage,
} from '../support/built-site';
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
      offences((page) =>
        elementsOf(page.tree, 'script')
          .filter((script) => attributeOf(script, 'src') === undefined)
          .map(() => 'inline <script>'),
      ),
    ).toEqual([]);
  });

  it('has no <style> element and no style="…" attribute', () => {
    expect(
      offences((page) => [
        ...elementsOf(page.tree, 'style').map(() => '<style>'),
        ...elementsOf(page.tree)
          .filter((element) => attributeOf(element, 'style') !== undefined)
          .map((element) => `style= on <${element.tagName}>`),
      ]),
    ).toEqual([]);
  });

  it('has no event-handler attributes and no javascript: URLs', () => {
    expect(
      offences((page) =>
        elementsOf(page.tree).flatMap((element) =>
          Object.entries(element.properties)
            .filter(
              ([name, value]) => /^on[A-Z]/.test(name) || /^\s*javascript:/i.test(String(value)),
            )
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
      offences((page) => {
        const head = elementsOf(page.tree, 'head')[0];
        if (!head) return ['no <head>'];
        const inHead = elementsOf({ type: 'root', children: [head] });
        const metaIndex = inHead.findIndex(
          (element) =>
            element.tagName === 'meta' &&
            attributeOf(element, 'httpEquiv')?.toLowerCase() === 'content-security-policy',
        );
        if (metaIndex === -1) return ['no CSP meta tag'];
        const problems: string[] = [];
        if (attributeOf(inHead[metaIndex]!, 'content') !== expected)
          problems.push('a different policy');
        const firstResource = inHead.findIndex(
          (element) =>
            element.tagName === 'script' ||
            (element.tagName === 'link' && attributeOf(element, 'rel')?.includes('stylesheet')),
        );
        if (firstResource !== -1 && firstResource < metaIndex)
          problems.push('CSP meta after a script or stylesheet');
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
  function fetchedUrls(page: BuiltPage): string[] {
    const urls: string[] = [];
    for (const element of elementsOf(page.tree)) {
      for (const property of ['src', 'srcSet', 'poster', 'data']) {
        const value = attributeOf(element, property);
        if (value !== undefined) urls.push(value);
      }
      if (element.tagName === 'link') {
        const href = attributeOf(element, 'href');
        const rel = attributeOf(element, 'rel') ?? '';
        if (href !== undefined && !/\b(canonical|alternate|author|license)\b/.test(rel))
          urls.push(href);
      }
    }
    return urls;
  }

  const isThirdParty = (url: string) => /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i.test(url);

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
    const css = files.filter((file) => file.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
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
    const found: string[] = offences((page) =>
      elementsOf(page.tree, 'meta')
        .filter((meta) => attributeOf(meta, 'httpEquiv')?.toLowerCase() === 'set-cookie')
        .map(() => 'Set-Cookie meta'),
    );
    for (const file of scripts) {
      const text = await readFile(join(distDir(), file), 'utf8');
      if (/document\.cookie|cookieStore/.test(text)) found.push(`${file} uses cookies`);
    }
    expect(found).toEqual([]);
  });
});
