// /organisations/ and /people/ show every organisation or person with a count of their
// documents; the render cache keys them by exactly that (src/lib/render-cache/page-inputs.ts).
// A key that missed a count would publish a stale number; one that changed with every
// document would render both pages in every rebuild.
import { describe, expect, it } from 'vitest';
import { pageInputs } from '../../../src/lib/render-cache/page-inputs';
import { date, person, report, site, statement } from '../../support/content-builders';
import type { SiteContent } from '../../../src/lib/site/types';

const DIRECTORIES = ['/organisations/', '/people/'];

/** A report on the force, a statement by the PCC's office signed by its commissioner. */
const content = (): SiteContent =>
  site({
    documents: [
      report('the-report', { published: '2022-08-05', issuer: 'inspectorate' }),
      statement('pcc-comments', {
        published: '2022-10-01',
        issuer: 'pcc-office',
        authors: ['the-commissioner'],
      }),
    ],
    people: [
      person('the-commissioner', [
        { title: 'Police and Crime Commissioner', organisation: 'pcc-office' },
      ]),
      person('a-reporter'),
    ],
  });

/** Which directory pages' digests differ between two versions of the content. */
function changedDirectories(before: SiteContent, after: SiteContent): string[] {
  const [old, now] = [pageInputs(before, ''), pageInputs(after, '')];
  return DIRECTORIES.filter((path) => old.digestFor(path) !== now.digestFor(path));
}

describe('the key of /organisations/ and /people/', () => {
  it('is the same for the same content, and not the whole site’s', () => {
    expect(changedDirectories(content(), content())).toEqual([]);
    const inputs = pageInputs(content(), '');
    for (const path of DIRECTORIES) expect(inputs.digestFor(path)).not.toBe(inputs.structure());
  });

  it('a new document changes the counts of the organisation and person it names', () => {
    const after = content();
    after.documents.push(
      statement('another', {
        published: '2024-01-10',
        issuer: 'pcc-office',
        authors: ['the-commissioner'],
      }),
    );
    expect(changedDirectories(content(), after)).toEqual(DIRECTORIES);
  });

  it('a new document by an organisation alone leaves /people/ as it was', () => {
    const after = content();
    after.documents.push(statement('unsigned', { published: '2024-01-10', issuer: 'the-force' }));
    expect(changedDirectories(content(), after)).toEqual(['/organisations/']);
  });

  it('a person quoted in their own statement is counted once; someone newly quoted changes /people/', () => {
    const [before, after] = [content(), content()];
    // The commissioner quoted in their own statement: still one document.
    after.documents[1]!.data.quoted = ['the-commissioner'];
    expect(changedDirectories(before, after)).toEqual([]);
    after.documents[1]!.data.quoted = ['a-reporter'];
    expect(changedDirectories(before, after)).toEqual(['/people/']);
  });

  it('a new title, summary, date, cross-link or words change neither', () => {
    const after = content();
    after.documents[0]!.data.title = 'A new title';
    after.documents[1]!.data.summary = 'A corrected summary.';
    after.documents[1]!.data.published = date('2022-11-02');
    after.documents[1]!.crossLinks.push({
      recommendation: 'rec-a',
      paragraph: 'p1',
      quote: 'Q',
      line: 1,
    });
    after.documents[1]!.paragraphs.push('p6');
    expect(changedDirectories(content(), after)).toEqual([]);
  });

  it('a person’s new role, or an organisation’s new name, changes what the pages show', () => {
    const retitled = content();
    retitled.people[0]!.data.roles.push({ title: 'Deputy Mayor', organisation: 'the-force' });
    expect(changedDirectories(content(), retitled)).toContain('/people/');
    const renamed = content();
    // Shown on /organisations/ and in the commissioner's role on /people/.
    renamed.organisations[2]!.data.name = 'Office of the Commissioner';
    expect(changedDirectories(content(), renamed)).toEqual(DIRECTORIES);
  });
});
