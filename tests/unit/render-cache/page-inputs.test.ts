// Which pages a change reaches (src/lib/render-cache/page-inputs.ts). A page whose digest
// does not change is copied from the previous build, so a digest that misses something
// a page shows publishes a stale page; one that changes too often only costs time.
import { describe, expect, it } from 'vitest';
import { pageInputs } from '../../../src/lib/render-cache/page-inputs';
import {
  organisation,
  recommendation,
  report,
  response,
  site,
  statement,
} from '../../support/content-builders';
import type { SiteContent } from '../../../src/lib/site/types';

/** Two reports, each with a recommendation, one response and one statement. */
const content = (): SiteContent =>
  site({
    documents: [
      report('report-a', { published: '2022-08-05' }),
      report('report-b', { published: '2023-03-01' }),
      response('answer-a', {
        published: '2022-10-01',
        respondsTo: ['report-a'],
        statutoryDuty: 'pcc-comments',
        crossLinks: [{ recommendation: 'rec-a', paragraph: 'p2' }],
      }),
      statement('aside-b', { published: '2023-04-01', respondsTo: ['report-b'] }),
    ],
    recommendations: [
      recommendation('rec-a', { report: 'report-a' }),
      recommendation('rec-b', { report: 'report-b' }),
    ],
  });

const PAGES = [
  '/reports/report-a/',
  '/reports/report-b/',
  '/responses/answer-a/',
  '/statements/aside-b/',
  '/social/reports/report-a.png',
  '/social/reports/report-b.png',
  '/social/site.png',
  '/recommendations/rec-a/',
  '/recommendations/rec-a/briefing/',
  '/recommendations/rec-a/feed.xml',
  '/recommendations/rec-b/',
  '/recommendations/rec-b/feed.xml',
  '/documents/',
  '/',
  '/organisations/the-force/',
  '/organisations/the-force/feed.xml',
  '/organisations/pcc-office/',
  '/organisations/pcc-office/feed.xml',
  '/people/the-commissioner/',
];

/** The pages whose digest differs between two versions of the content. */
function changedPages(before: SiteContent, after: SiteContent, aliases = ['', '']): string[] {
  const [old, now] = [pageInputs(before, aliases[0]!), pageInputs(after, aliases[1]!)];
  return PAGES.filter((path) => old.digestFor(path) !== now.digestFor(path));
}

describe('what a page shows', () => {
  it('is the same for the same content', () => {
    expect(changedPages(content(), content())).toEqual([]);
  });

  it('a new statement answering a report reaches that report, its other answers and the lists, not the other report', () => {
    const after = content();
    after.documents.push(
      statement('new-on-a', {
        published: '2024-01-10',
        respondsTo: ['report-a'],
        statutoryDuty: 'pcc-comments',
      }),
    );
    expect(changedPages(content(), after)).toEqual([
      '/reports/report-a/',
      '/responses/answer-a/',
      '/documents/',
      '/',
    ]);
  });

  it('a new statement reaches the pages and feeds of the organisation and people it names', () => {
    const after = content();
    after.documents.push(
      statement('from-the-office', {
        published: '2024-01-10',
        issuer: 'pcc-office',
        authors: ['the-commissioner'],
      }),
    );
    expect(changedPages(content(), after)).toEqual([
      '/documents/',
      '/',
      '/organisations/pcc-office/',
      '/organisations/pcc-office/feed.xml',
      '/people/the-commissioner/',
    ]);
  });

  it('a statement in a news outlet reaches the outlet’s page and feed', () => {
    const after = content();
    const printed = statement('printed', { published: '2024-01-10' });
    printed.data.outlet = 'pcc-office';
    after.documents.push(printed);
    expect(changedPages(content(), after)).toEqual([
      '/documents/',
      '/',
      '/organisations/pcc-office/',
      '/organisations/pcc-office/feed.xml',
    ]);
  });

  it('a statement in an outlet reaches the feed of the publisher that owns it, not its page', () => {
    const withGroup = (documents: SiteContent['documents']) => {
      const outlet = organisation('paper', 'news-outlet');
      outlet.data.parent = 'group';
      return site({ documents, organisations: [organisation('group', 'publisher'), outlet] });
    };
    const printed = statement('printed', { published: '2024-01-10' });
    printed.data.outlet = 'paper';
    const [before, after] = [pageInputs(withGroup([]), ''), pageInputs(withGroup([printed]), '')];
    const changed = (path: string) => before.digestFor(path) !== after.digestFor(path);
    expect(changed('/organisations/group/feed.xml')).toBe(true);
    expect(changed('/organisations/paper/feed.xml')).toBe(true);
    // The group's page only links to its outlet's, whose name did not change.
    expect(changed('/organisations/group/')).toBe(false);
  });

  // Feeds date, and lists order, a year-only response no earlier than the report it answers.
  /** The pages a new date of report-b changes, with a statement of 2023 answering it. */
  const reportBRedated = (answer: Omit<Parameters<typeof statement>[1], 'published'>) => {
    const withAnswer = (published: string) => {
      const version = content();
      version.documents[1] = report('report-b', { published });
      version.documents.push(
        statement('answers-b', { ...answer, published: '2023', respondsTo: ['report-b'] }),
      );
      return version;
    };
    return changedPages(withAnswer('2023-03-01'), withAnswer('2023-03-15'));
  };

  it('a report’s new date reaches the feed and page of an organisation that answered it', () => {
    const changed = reportBRedated({ issuer: 'pcc-office' });
    expect(changed).toContain('/organisations/pcc-office/feed.xml');
    expect(changed).toContain('/organisations/pcc-office/');
  });

  it('a report’s new date reaches the page of a person who answered it', () => {
    expect(reportBRedated({ authors: ['the-commissioner'] })).toContain(
      '/people/the-commissioner/',
    );
  });

  it('a report’s new date reaches the feed, page and briefing of a recommendation marked by an answer to it', () => {
    const changed = reportBRedated({ crossLinks: [{ recommendation: 'rec-a', paragraph: 'p1' }] });
    // The feed dates the answer by the report; the page and briefing order by it.
    expect(changed).toContain('/recommendations/rec-a/feed.xml');
    expect(changed).toContain('/recommendations/rec-a/');
    expect(changed).toContain('/recommendations/rec-a/briefing/');
  });

  it('a new mark on a recommendation reaches its pages, its feed and its report’s tracker', () => {
    const after = content();
    after.documents.push(
      statement('marks-rec-a', {
        published: '2024-01-10',
        crossLinks: [{ recommendation: 'rec-a', paragraph: 'p1' }],
      }),
    );
    expect(changedPages(content(), after)).toEqual([
      '/reports/report-a/',
      '/recommendations/rec-a/',
      '/recommendations/rec-a/briefing/',
      '/recommendations/rec-a/feed.xml',
      '/documents/',
      '/',
      '/organisations/the-force/',
    ]);
  });

  it('a removed mark reaches the recommendation it left', () => {
    const after = content();
    after.documents[2]!.crossLinks = [];
    expect(changedPages(content(), after)).toContain('/recommendations/rec-a/');
  });

  it('a recommendation’s new title reaches the documents whose paragraphs it labels', () => {
    const after = content();
    after.recommendations[0]!.data.title = 'A clearer title';
    const changed = changedPages(content(), after);
    expect(changed).toContain('/responses/answer-a/');
    expect(changed).toContain('/reports/report-a/');
    expect(changed).not.toContain('/statements/aside-b/');
    expect(changed).not.toContain('/recommendations/rec-b/');
  });

  it('a new title reaches its own card and page, and its neighbours, not the other report’s', () => {
    const after = content();
    after.documents[0]!.data.title = 'A new title';
    const changed = changedPages(content(), after);
    expect(changed).toEqual(
      expect.arrayContaining([
        '/reports/report-a/',
        '/social/reports/report-a.png',
        '/responses/answer-a/',
        '/recommendations/rec-a/',
      ]),
    );
    expect(changed).not.toContain('/social/reports/report-b.png');
    expect(changed).not.toContain('/statements/aside-b/');
    expect(changed).not.toContain('/recommendations/rec-b/');
  });

  it('new words in a document (its paragraph list) reach no other page', () => {
    const after = content();
    after.documents[2]!.paragraphs.push('p6');
    expect(changedPages(content(), after)).toEqual([]);
  });

  it('an organisation, or the aliases file, reaches every page', () => {
    const after = content();
    after.organisations.push(organisation('a-newcomer', 'police-force'));
    expect(changedPages(content(), after)).toEqual(PAGES);
    expect(changedPages(content(), content(), ['', '- from: /a/#x\n  to: /a/#p1\n'])).toEqual(
      PAGES,
    );
  });
});

describe('what a page of a long list shows', () => {
  /** 120 reports (60 in 2021, 60 in 2022), 110 recommendations on one of them, a statement. */
  const longContent = (): SiteContent =>
    site({
      documents: [
        ...Array.from({ length: 120 }, (_, index) =>
          report(`report-${String(index).padStart(3, '0')}`, {
            published: `${2021 + Math.floor(index / 60)}-01-${String((index % 28) + 1).padStart(2, '0')}`,
          }),
        ),
        statement('aside', { published: '2022-06-01' }),
      ],
      recommendations: Array.from({ length: 110 }, (_, index) =>
        recommendation(`rec-${String(index).padStart(3, '0')}`, { report: 'report-059' }),
      ),
    });

  const LIST_PAGES = [
    '/reports/',
    '/reports/page/2/',
    '/reports/page/3/',
    '/statements/',
    '/documents/',
    '/recommendations/',
    '/recommendations/page/2/',
    '/timeline/2021/',
    '/timeline/2022/',
    '/timeline/2022/page/2/',
  ];

  const changed = (before: SiteContent, after: SiteContent) => {
    const [old, now] = [pageInputs(before, ''), pageInputs(after, '')];
    return LIST_PAGES.filter((path) => old.digestFor(path) !== now.digestFor(path));
  };

  it('is the same for the same content', () => {
    expect(changed(longContent(), longContent())).toEqual([]);
  });

  it('a new statement reaches the statements, the A–Z and its year, not the reports or recommendations', () => {
    const after = longContent();
    after.documents.push(statement('new', { published: '2022-07-01' }));
    expect(changed(longContent(), after)).toEqual([
      '/statements/',
      '/documents/',
      '/timeline/2022/',
      '/timeline/2022/page/2/',
    ]);
  });

  it('a changed summary reaches the pages listing that document only', () => {
    const after = longContent();
    // The oldest report: last in the newest-first list, first in the A–Z.
    after.documents[0]!.data.summary = 'A corrected summary.';
    expect(changed(longContent(), after)).toEqual(['/reports/page/3/', '/documents/']);
  });

  it('a new mark on a recommendation reaches the page of the table showing it', () => {
    const after = longContent();
    after.documents.push(
      statement('marks-rec-105', {
        published: '2022-06-01',
        crossLinks: [{ recommendation: 'rec-105', paragraph: 'p1' }],
      }),
    );
    expect(changed(longContent(), after)).toEqual(
      expect.arrayContaining(['/recommendations/page/2/']),
    );
    expect(changed(longContent(), after)).not.toContain('/recommendations/');
  });

  it('a page the list does not have is keyed by the whole site, never reused from a stale key', () => {
    const inputs = pageInputs(longContent(), '');
    expect(inputs.digestFor('/reports/page/9/')).toBe(inputs.structure());
  });
});
