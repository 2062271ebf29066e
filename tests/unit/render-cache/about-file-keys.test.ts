// Each file of pages about names (/search/about/<letter>.json) is keyed by the site's
// organisations, people and glossary (src/lib/render-cache/page-inputs.ts), so a rebuild
// after a new document reuses them, and one after a renamed person remakes them. A key that
// missed a change would publish a stale file: a search for the new name would find no page.
import { describe, expect, it } from 'vitest';
import { pageInputs } from '../../../src/lib/render-cache/page-inputs';
import { isCacheable } from '../../../src/lib/render-cache/page-keys';
import { aboutFiles, aboutPagesOf } from '../../../src/lib/search/about-page-files';
import { aboutFilePath } from '../../../src/lib/search/about-pages';
import { glossaryTerm, person, report, site, statement } from '../../support/content-builders';
import type { SiteContent } from '../../../src/lib/site/types';

const content = (): SiteContent =>
  site({
    documents: [report('the-report', { published: '2022-08-05' })],
    people: [person('chief', [{ title: 'Chief Constable', organisation: 'the-force' }])],
  });

/** Every file either version writes. */
function filePaths(...versions: SiteContent[]): string[] {
  const keys = versions.flatMap((version) => [...aboutFiles(aboutPagesOf(version)).keys()]);
  return [...new Set(keys)].sort().map(aboutFilePath);
}

/** The files whose key differs between two versions. */
function changedKeys(before: SiteContent, after: SiteContent): string[] {
  const [old, now] = [pageInputs(before, ''), pageInputs(after, '')];
  return filePaths(before, after).filter((path) => old.digestFor(path) !== now.digestFor(path));
}

describe('the key of a file of pages about names', () => {
  it('is a cached route’s, and the same for the same content', () => {
    expect(isCacheable(aboutFilePath('n'))).toBe(true);
    expect(changedKeys(content(), content())).toEqual([]);
  });

  it('does not change with a new document, which names no new page', () => {
    const after = content();
    after.documents.push(statement('new', { published: '2023-04-01', authors: ['chief'] }));
    expect(changedKeys(content(), after)).toEqual([]);
  });

  it('changes for every file when a person is renamed, or a glossary term added', () => {
    const renamed = content();
    renamed.people[0]!.data.name = 'Zara Quinn';
    expect(changedKeys(content(), renamed)).toEqual(filePaths(content(), renamed));
    expect(filePaths(renamed)).toContain(aboutFilePath('z'));

    const withTerm = content();
    withTerm.glossary.push(glossaryTerm('cait', 'CAIT', 'Child Abuse Investigation Team'));
    expect(changedKeys(content(), withTerm)).toContain(aboutFilePath('n'));
  });
});
