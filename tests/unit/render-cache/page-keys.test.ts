import { describe, expect, it } from 'vitest';
import {
  documentBodyIdentity,
  documentOfPage,
  isCacheable,
  pageKey,
  pathWithinSite,
} from '../../../src/lib/render-cache/page-keys';
import { pageInputs } from '../../../src/lib/render-cache/page-inputs';
import { RENDER_CACHE_ENV, renderCacheSettings } from '../../../src/lib/render-cache/build-env';
import { recommendation, report, site, statement } from '../../support/content-builders';
import type { SiteContent } from '../../../src/lib/site/types';

const content = (): SiteContent =>
  site({
    documents: [
      report('the-report', { published: '2022-08-05', paragraphs: 3 }),
      statement('a-statement', { published: '2023-01-10', paragraphs: 2 }),
    ],
    recommendations: [recommendation('rec-1', {})],
  });

/** The digest of everything but document bodies: what the pages that list the whole site show. */
const structureDigest = (content: SiteContent, aliasesText: string) =>
  pageInputs(content, aliasesText).structure();

describe('the site structure digest', () => {
  it('is the same for the same content', () => {
    expect(structureDigest(content(), '[]')).toBe(structureDigest(content(), '[]'));
  });

  it('ignores document bodies: paragraph lists', () => {
    const edited = content();
    edited.documents[0]!.paragraphs.push('p4');
    expect(structureDigest(edited, '[]')).toBe(structureDigest(content(), '[]'));
  });

  it('changes with a title, a recommendation, or the aliases file', () => {
    const retitled = content();
    retitled.documents[1]!.data.title = 'A new title';
    expect(structureDigest(retitled, '[]')).not.toBe(structureDigest(content(), '[]'));

    const reworded = content();
    reworded.recommendations[0]!.data.text = 'Different words.';
    expect(structureDigest(reworded, '[]')).not.toBe(structureDigest(content(), '[]'));

    const aliases = '- from: /reports/the-report/#old\n  to: /reports/the-report/#p1\n';
    expect(structureDigest(content(), aliases)).not.toBe(structureDigest(content(), '[]'));
  });
});

describe('a page key', () => {
  const key = (extra: string, overrides: { code?: string; path?: string } = {}) =>
    pageKey({
      codeDigest: overrides.code ?? 'code',
      shown: structureDigest(content(), '[]'),
      sitePath: overrides.path ?? '/reports/the-report/',
      extra,
    });

  it('of a document page changes with its body (compiled HTML or paragraphs), not its cache folder', () => {
    const doc = content().documents[0]!;
    const before = documentBodyIdentity(doc, '/cache-a/document-html/reports/abc123.html');
    expect(documentBodyIdentity(doc, '/cache-b/document-html/reports/abc123.html')).toBe(before);
    expect(key(documentBodyIdentity(doc, '/cache-a/document-html/reports/def456.html'))).not.toBe(
      key(before),
    );
    const longer = { ...doc, paragraphs: [...doc.paragraphs, 'p4'] };
    expect(
      key(documentBodyIdentity(longer, '/cache-a/document-html/reports/abc123.html')),
    ).not.toBe(key(before));
  });

  it('changes with the code digest and with the path', () => {
    expect(key('', { code: 'other code' })).not.toBe(key(''));
    expect(key('', { path: '/reports/' })).not.toBe(key(''));
  });
});

describe('which pages may be reused', () => {
  it.each([
    '/',
    '/reports/the-report/',
    '/statements/a-statement/',
    '/reports/',
    '/documents/',
    '/recommendations/rec-1/',
    '/recommendations/rec-1/briefing/',
    '/recommendations/rec-1/feed.xml',
    '/organisations/the-force/',
    '/organisations/the-force/feed.xml',
    '/people/someone/',
    '/organisations/',
    '/people/',
    '/search/filter-ids/recommendation/0.json',
    '/search/filter-ids/organisation/12.json',
    '/social/site.png',
    '/social/report/the-report.png',
    '/feed.xml',
    '/deadlines.ics',
    '/robots.txt',
    '/glossary/',
    '/timeline/',
  ])('%s may', (path) => {
    expect(isCacheable(path)).toBe(true);
  });

  it.each([
    '/data/',
    '/data/documents.json',
    '/data/recommendations.csv',
    '/404/',
    '/a-page-added-later/',
    '/reports/the-report/print/',
  ])('%s always renders', (path) => {
    expect(isCacheable(path)).toBe(false);
  });

  it('finds the document of a document page, and none for a list page', () => {
    const { documents } = content();
    expect(documentOfPage('/reports/the-report/', documents)?.id).toBe('the-report');
    expect(documentOfPage('/statements/the-report/', documents)).toBeUndefined();
    expect(documentOfPage('/reports/', documents)).toBeUndefined();
  });

  it('reads paths without the base path', () => {
    expect(pathWithinSite('/sub/reports/x/', '/sub/')).toBe('/reports/x/');
    expect(pathWithinSite('/sub/reports/x/', '/sub')).toBe('/reports/x/');
    expect(pathWithinSite('/reports/x/', '/')).toBe('/reports/x/');
  });

  it('is switched off without the variables build.ts sets (plain astro build, astro dev)', () => {
    expect(renderCacheSettings({})).toBeUndefined();
    expect(renderCacheSettings({ [RENDER_CACHE_ENV.codeDigest]: 'x' })).toBeUndefined();
    expect(
      renderCacheSettings({
        [RENDER_CACHE_ENV.codeDigest]: 'x',
        [RENDER_CACHE_ENV.keysOut]: '/tmp/keys.json',
      }),
    ).toEqual({ codeDigest: 'x', previousDir: undefined, previousKeys: undefined });
  });
});
