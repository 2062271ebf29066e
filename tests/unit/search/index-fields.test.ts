import { describe, expect, test } from 'vitest';
import { documentSearchFields, filterLabelsById } from '../../../src/lib/search/index-fields';
import { parsePartialDate } from '../../../src/lib/dates/partial-date';
import type { SiteDocument } from '../../../src/lib/site/types';

const date = (text: string) => parsePartialDate(text)!;

const site = {
  organisations: [
    { id: 'opcc', data: { name: 'Office of the PCC' } },
    { id: 'the-link', data: { name: 'The Link' } },
    { id: 'force', data: { name: 'Wiltshire Police' } },
  ],
  people: [
    {
      id: 'pw',
      data: {
        name: 'Philip Wilkinson',
        roles: [
          { title: 'Police and Crime Commissioner', organisation: 'opcc', from: date('2021') },
        ],
      },
    },
    { id: 'ds', data: { name: 'Deb Smith', roles: [] } },
    { id: 'dk', data: { name: 'Danny Kruger', roles: [{ title: 'Member of Parliament' }] } },
  ],
  recommendations: [{ id: 'missing', data: { title: 'Response to missing children' } }],
  themes: [
    { id: 'missing-children', data: { id: 'missing-children', label: 'Missing children' } },
    { id: 'peel', data: { id: 'peel', label: 'PEEL inspections' } },
  ],
  documents: [],
} as unknown as Parameters<typeof documentSearchFields>[1];

function statement(
  data: Record<string, unknown>,
  crossLinks: SiteDocument['crossLinks'] = [],
): SiteDocument {
  return {
    type: 'statement',
    id: 's',
    paragraphs: [],
    crossLinks,
    data: {
      title: 'T',
      authors: [],
      quoted: [],
      themes: [],
      changes: [],
      respondsTo: [],
      verbatim: true,
      ...data,
    },
  } as unknown as SiteDocument;
}

describe('search index fields of a document', () => {
  test('filters by type, organisations, people, year, recommendations, themes and standing, as readers name them', () => {
    const fields = documentSearchFields(
      statement(
        {
          published: date('2023-09-15'),
          issuer: 'opcc',
          outlet: 'the-link',
          authors: ['pw'],
          quoted: ['ds', 'pw'],
          themes: ['missing-children'],
        },
        [
          { recommendation: 'missing', paragraph: 'p2', quote: '', line: 1 },
          { recommendation: 'missing', paragraph: 'p3', quote: '', line: 5 },
        ],
      ),
      site,
    );
    expect(fields.filters).toEqual({
      type: ['Statement'],
      organisation: ['Office of the PCC', 'The Link'],
      person: ['Philip Wilkinson', 'Deb Smith'],
      year: ['2023'],
      recommendation: ['Response to missing children'],
      theme: ['Missing children'],
      standing: ['Not withdrawn'],
    });
    expect(fields.meta).toEqual({
      type: 'Statement',
      organisation: 'Office of the PCC',
      date: '15 September 2023',
    });
  });

  test('a summary page says its words are ours, and still filters with its type', () => {
    const fields = documentSearchFields(
      statement({ published: date('2023'), issuer: 'opcc', verbatim: false }),
      site,
    );
    expect(fields.meta.type).toBe('Statement (our summary)');
    expect(fields.filters.type).toEqual(['Statement']);
  });

  test('a withdrawn document’s result says when it was withdrawn; a current one says nothing', () => {
    const withdrawn = documentSearchFields(
      statement({
        published: date('2023-09-15'),
        issuer: 'opcc',
        withdrawn: { date: date('2024-03'), reason: 'Its figures were wrong.' },
      }),
      site,
    );
    expect(withdrawn.meta.withdrawn).toBe('Withdrawn in March 2024');
    const current = documentSearchFields(
      statement({ published: date('2023-09-15'), issuer: 'opcc' }),
      site,
    );
    expect(current.meta).not.toHaveProperty('withdrawn');
    // …and each can be filtered on, to list what was taken back or to leave it out.
    expect(withdrawn.filters.standing).toEqual(['Withdrawn']);
    expect(current.filters.standing).toEqual(['Not withdrawn']);
  });

  test('a date known only to the year is shown as the year and sorts as its first day', () => {
    const fields = documentSearchFields(
      statement({ published: date('2023'), issuer: 'opcc' }),
      site,
    );
    expect(fields.meta.date).toBe('2023');
    expect(fields.sort.date).toBe('2023-01-01');
  });

  test('gives the rest of the key that breaks a day’s ties as the lists do: kind, date as known, title', () => {
    const answer = documentSearchFields(
      statement({ title: 'A reply', published: date('2023-09'), issuer: 'opcc' }),
      site,
    );
    expect(answer.sort).toEqual({
      date: '2023-09-01',
      kind: 'answer',
      published: '2023-09',
      title: 'A reply',
    });
    const report = {
      ...statement({ published: date('2023'), ledBy: [] }),
      type: 'report',
    } as SiteDocument;
    expect(documentSearchFields(report, site).sort.kind).toBe('report');
  });

  test('a year-only answer sorts no earlier than the inspection visit of the report it answers', () => {
    const report = {
      type: 'report',
      id: 'review',
      data: { published: date('2023'), fieldwork: date('2023-04') },
    } as unknown as SiteDocument;
    const answer = statement({ published: date('2023'), respondsTo: ['review'] });
    const fields = documentSearchFields(answer, { ...site, documents: [report, answer] });
    expect(fields.meta.date).toBe('2023');
    expect(fields.sort.date).toBe('2023-04-01');
  });

  test('without an issuing organisation, the result names the author', () => {
    const fields = documentSearchFields(
      statement({ published: date('2022-08'), authors: ['dk'] }),
      site,
    );
    expect(fields.meta.organisation).toBe('Danny Kruger');
    expect(fields.filters.organisation).toEqual([]);
    expect(fields.meta.date).toBe('August 2022');
  });

  test('filters under the organisation of someone it quotes, as that organisation’s page lists it', () => {
    // An MP's statement printing the Commissioner's response in full.
    const fields = documentSearchFields(
      statement({ published: date('2022-08-05'), authors: ['dk'], quoted: ['pw'] }),
      site,
    );
    expect(fields.filters.organisation).toEqual(['Office of the PCC']);
    expect(fields.meta.organisation).toBe('Danny Kruger');
  });

  test('a report filters under the force it is about as well as its inspectorate', () => {
    const report = {
      ...statement({ published: date('2022-08-05'), issuer: 'opcc', force: 'force', ledBy: [] }),
      type: 'report',
    } as unknown as SiteDocument;
    expect(documentSearchFields(report, site).filters.organisation).toEqual([
      'Office of the PCC',
      'Wiltshire Police',
    ]);
  });

  test('a report filters under the people who led its inspection, though they are not its authors', () => {
    const report = {
      ...statement({
        published: date('2022-08-05'),
        issuer: 'opcc',
        force: 'force',
        ledBy: ['ds'],
      }),
      type: 'report',
    } as unknown as SiteDocument;
    expect(documentSearchFields(report, site).filters.person).toEqual(['Deb Smith']);
    expect(documentSearchFields(report, site).meta.organisation).toBe('Office of the PCC');
  });
});

describe('labels by id, for addresses built from the open data', () => {
  test('give each id the label a document is filtered by, so the id finds that document', () => {
    const doc = statement(
      {
        published: date('2023-09-15'),
        issuer: 'opcc',
        outlet: 'the-link',
        authors: ['pw'],
        quoted: ['ds'],
        themes: ['missing-children', 'peel'],
      },
      [{ recommendation: 'missing', paragraph: 'p2', quote: '', line: 1 }],
    );
    const labels = filterLabelsById({ ...site, documents: [doc] });
    const { filters } = documentSearchFields(doc, site);
    expect(labels).toEqual({
      organisation: {
        opcc: 'Office of the PCC',
        'the-link': 'The Link',
        force: 'Wiltshire Police',
      },
      person: { pw: 'Philip Wilkinson', ds: 'Deb Smith', dk: 'Danny Kruger' },
      recommendation: { missing: 'Response to missing children' },
      theme: { 'missing-children': 'Missing children', peel: 'PEEL inspections' },
    });
    expect([labels.organisation.opcc, labels.organisation['the-link']]).toEqual(
      filters.organisation,
    );
    expect([labels.person.pw, labels.person.ds]).toEqual(filters.person);
    expect([labels.recommendation.missing]).toEqual(filters.recommendation);
    expect([labels.theme['missing-children'], labels.theme.peel]).toEqual(filters.theme);
  });
});
