// Each search filter-id file (/search/filter-ids/<group>/<n>.json) is keyed by the labels
// it holds (src/lib/render-cache/page-inputs.ts), so a rebuild remakes only the files a
// change reaches. A key that missed a label would publish a stale file, and a search
// address naming that id would then find no label for it.
import { describe, expect, it } from 'vitest';
import { pageInputs } from '../../../src/lib/render-cache/page-inputs';
import { filterIdFileContents } from '../../../src/lib/search/filter-id-file-contents';
import { fileOfId, filterIdsPath, ID_GROUPS } from '../../../src/lib/search/filter-ids';
import { recommendation, report, site, statement } from '../../support/content-builders';
import type { SiteContent } from '../../../src/lib/site/types';

/** 1,200 recommendations (three files of them), one report and one statement. */
const content = (recommendations = 1200): SiteContent => {
  const themed = statement('themed', { published: '2023-04-01', authors: ['someone'] });
  themed.data.themes = ['investigations'];
  return site({
    documents: [report('the-report', { published: '2022-08-05' }), themed],
    recommendations: Array.from({ length: recommendations }, (_, index) =>
      recommendation(`rec-${String(index).padStart(4, '0')}`),
    ),
    themes: ['investigations', 'missing-children'].map((id) => ({
      id,
      filePath: 'content/themes.yaml',
      data: { id, label: id.replace('-', ' ') },
    })),
  });
};

/** Every filter-id file of either version of the site (a group may have more files in one). */
function filePaths(...versions: SiteContent[]): string[] {
  const paths = new Set<string>();
  for (const version of versions) {
    const contents = filterIdFileContents(version);
    for (const group of ID_GROUPS)
      contents[group].forEach((_, number) => paths.add(filterIdsPath(group, number)));
  }
  return [...paths].sort();
}

/** The files whose key differs between two versions of the content. */
function changedKeys(before: SiteContent, after: SiteContent): string[] {
  const [old, now] = [pageInputs(before, ''), pageInputs(after, '')];
  return filePaths(before, after).filter((path) => old.digestFor(path) !== now.digestFor(path));
}

/** The files whose written text differs (or that one version lacks): what the keys must follow. */
function changedFiles(before: SiteContent, after: SiteContent): string[] {
  const text = (version: SiteContent) => {
    const contents = filterIdFileContents(version);
    return new Map(
      ID_GROUPS.flatMap((group) =>
        contents[group].map((file, number) => [filterIdsPath(group, number), JSON.stringify(file)]),
      ),
    );
  };
  const [old, now] = [text(before), text(after)];
  return filePaths(before, after).filter((path) => old.get(path) !== now.get(path));
}

const recommendationFile = (id: string, files: number) =>
  filterIdsPath('recommendation', fileOfId(id, files));

describe('the key of a filter-id file', () => {
  it('is the same for the same content', () => {
    expect(filePaths(content())).toContain('/search/filter-ids/recommendation/2.json');
    expect(changedKeys(content(), content())).toEqual([]);
  });

  it('a recommendation’s new title changes the key of exactly the file it falls in', () => {
    const after = content();
    after.recommendations[7]!.data.title = 'A clearer title';
    expect(changedKeys(content(), after)).toEqual([recommendationFile('rec-0007', 3)]);
    expect(changedFiles(content(), after)).toEqual(changedKeys(content(), after));
  });

  it('a new recommendation changes only its file while the group keeps its file count', () => {
    const after = content();
    after.recommendations.push(recommendation('rec-new'));
    expect(changedKeys(content(), after)).toEqual([recommendationFile('rec-new', 3)]);
  });

  it('a group whose file count changes has every file remade', () => {
    const [before, after] = [content(1500), content(1501)];
    const recommendationFiles = [0, 1, 2, 3].map((file) => filterIdsPath('recommendation', file));
    expect(changedKeys(before, after)).toEqual(recommendationFiles);
    expect(changedFiles(before, after)).toEqual(recommendationFiles);
  });

  it('a renamed organisation changes the organisations’ file, not the others', () => {
    const after = content();
    after.organisations[1]!.data.name = 'A new name';
    expect(changedKeys(content(), after)).toEqual(['/search/filter-ids/organisation/0.json']);
  });

  it('a theme’s new label, or a new theme, changes the themes’ file only', () => {
    const relabelled = content();
    relabelled.themes[0]!.data.label = 'Child abuse investigations';
    expect(changedKeys(content(), relabelled)).toEqual(['/search/filter-ids/theme/0.json']);
    const added = content();
    added.themes.push({ id: 'training', data: { id: 'training', label: 'Training' } });
    expect(changedKeys(content(), added)).toEqual(['/search/filter-ids/theme/0.json']);
  });

  it('a document’s new title, summary, words or theme, a new document with no new label, or an alias, changes none', () => {
    const after = content();
    // Every listed theme has its label in the file, whether or not a document names it yet.
    after.documents[1]!.data.themes.push('missing-children');
    after.documents[0]!.data.title = 'A new title';
    after.documents[1]!.data.summary = 'A corrected summary.';
    after.documents[1]!.paragraphs.push('p6');
    after.documents.push(statement('another', { published: '2024-01-10', issuer: 'pcc-office' }));
    const [old, now] = [
      pageInputs(content(), ''),
      pageInputs(after, '- from: /a/#x\n  to: /a/#p1\n'),
    ];
    expect(
      filePaths(content()).filter((path) => old.digestFor(path) !== now.digestFor(path)),
    ).toEqual([]);
  });
});
