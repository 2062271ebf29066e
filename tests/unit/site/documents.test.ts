import { describe, expect, test } from 'vitest';
import {
  byTitle,
  contentLastChanged,
  documentCounts,
  documentsOfOrganisation,
  documentsOfOrganisations,
  documentsOfPerson,
  lastUpdated,
  newestFirst,
  organisationsOf,
  peopleOf,
  peopleSpeakingFor,
  relatedDocuments,
} from '../../../src/lib/site/documents';
import { reportSchema, statementSchema } from '../../../src/schemas/document';
import { personSchema } from '../../../src/schemas/person';
import type { Entry, SiteDocument } from '../../../src/lib/site/types';
import type { Person } from '../../../src/schemas/person';

const source = { url: 'https://example.org/' };

const report = (
  id: string,
  published: string,
  extra: Record<string, unknown> = {},
): SiteDocument => ({
  type: 'report',
  id,
  paragraphs: [],
  crossLinks: [],
  headings: [],
  links: [],
  data: reportSchema.parse({
    title: id,
    summary: 'S.',
    published,
    issuer: 'hmicfrs',
    force: 'force',
    inspection: 'ncpi',
    source,
    verbatim: false,
    ...extra,
  }),
});

const statement = (
  id: string,
  published: string,
  extra: Record<string, unknown> = {},
): SiteDocument => ({
  type: 'statement',
  id,
  paragraphs: [],
  crossLinks: [],
  headings: [],
  links: [],
  data: statementSchema.parse({
    title: id,
    summary: 'S.',
    published,
    issuer: 'force',
    source,
    verbatim: true,
    ...extra,
  }),
});

const person = (id: string, roles: Record<string, unknown>[]): Entry<Person> => ({
  id,
  data: personSchema.parse({ name: id, roles, sources: ['https://example.org/'] }),
});

const original = report('ncpi-2022', '2022-08-05');
const review = report('review-2023', '2023', { followsUp: 'ncpi-2022' });
const reply = statement('reply-2022', '2022-08-05', { respondsTo: ['ncpi-2022'] });
const later = statement('later-2023', '2023-09-15', {
  respondsTo: ['review-2023'],
  outlet: 'the-link',
});
const all = [original, review, reply, later];

describe('newestFirst', () => {
  test('orders newest first; a year-only date counts from its first day; an answer above its report on one day', () => {
    expect(newestFirst(all).map((doc) => doc.id)).toEqual([
      'later-2023',
      'review-2023',
      'reply-2022',
      'ncpi-2022',
    ]);
  });

  // A review known only as "2023" that reports on an April visit, the PCC's answer to it,
  // and a statement of March.
  const visited = report('visited-2023', '2023', { fieldwork: '2023-04' });
  const answer = statement('answer-2023', '2023', { respondsTo: ['visited-2023'] });
  const march = statement('march-2023', '2023-03-20');

  test('dates a year-only report from its visit, and its answer no earlier than the report', () => {
    const unrelated = statement('a-2023', '2023');
    const documents = [unrelated, march, visited, answer];
    expect(newestFirst(documents).map((doc) => doc.id)).toEqual([
      'answer-2023',
      'visited-2023',
      'march-2023',
      'a-2023',
    ]);
  });

  test('finds the reports a subset answers among all the documents', () => {
    expect(newestFirst([march, answer]).map((doc) => doc.id)).toEqual([
      'march-2023',
      'answer-2023',
    ]);
    expect(newestFirst([march, answer], [march, answer, visited]).map((doc) => doc.id)).toEqual([
      'answer-2023',
      'march-2023',
    ]);
  });

  test('on one day: answers, then the more precise date, then A–Z by title', () => {
    const day = [
      report('report-may', '2023-05'),
      statement('b-statement-may', '2023-05'),
      statement('z-statement-first-of-may', '2023-05-01'),
      statement('a-statement-may', '2023-05'),
    ];
    expect(newestFirst(day).map((doc) => doc.id)).toEqual([
      'z-statement-first-of-may',
      'a-statement-may',
      'b-statement-may',
      'report-may',
    ]);
  });
});

describe('byTitle', () => {
  test('orders A–Z as a reader would look titles up, ignoring case and accents', () => {
    const titled = ['zebra', 'Éclair', 'apple', 'eagle', 'Banana'].map((title) =>
      statement(title.toLowerCase(), '2023', { title }),
    );
    expect(byTitle(titled).map((doc) => doc.data.title)).toEqual([
      'apple',
      'Banana',
      'eagle',
      'Éclair',
      'zebra',
    ]);
  });
});

describe('relatedDocuments', () => {
  test('a report lists what followed it up and what answered it', () => {
    expect(
      relatedDocuments(original, all).map(({ doc, relation }) => `${relation} ${doc.id}`),
    ).toEqual(['Followed up by review-2023', 'Answered by reply-2022']);
  });

  test('a statement lists the report it responds to', () => {
    expect(
      relatedDocuments(later, all).map(({ doc, relation }) => `${relation} ${doc.id}`),
    ).toEqual(['Responds to review-2023']);
  });

  test('a follow-up report links back to the report it follows', () => {
    expect(
      relatedDocuments(review, all).map(({ doc, relation }) => `${relation} ${doc.id}`),
    ).toEqual(['Follows up ncpi-2022', 'Answered by later-2023']);
  });
});

describe('documentsOfOrganisation', () => {
  const site = { documents: all, people: [] };

  test('includes what it issued, what it published as an outlet, and reports about it', () => {
    expect(documentsOfOrganisation('the-link', site).map((doc) => doc.id)).toEqual(['later-2023']);
    expect(documentsOfOrganisation('force', site).map((doc) => doc.id)).toEqual([
      'later-2023',
      'review-2023',
      'reply-2022',
      'ncpi-2022',
    ]);
  });
});

describe('organisations through their people', () => {
  // An MP's statement printing the Commissioner's response: issued by no organisation, it
  // is the Commissioner's office's document too, while the Commissioner held the office.
  const commissioner = person('the-commissioner', [
    { title: 'Police and Crime Commissioner', organisation: 'opcc', from: '2021', to: '2024' },
    { title: 'Councillor', organisation: 'council', to: '2020' },
  ]);
  const people = [commissioner, person('an-mp', [{ title: 'Member of Parliament' }])];
  const printed = statement('mp-prints-reply', '2022-08-05', {
    issuer: undefined,
    authors: ['an-mp'],
    quoted: ['the-commissioner'],
  });
  const afterOffice = statement('mp-quotes-former-commissioner', '2025-03-01', {
    issuer: undefined,
    authors: ['an-mp'],
    quoted: ['the-commissioner'],
  });
  const byTheOffice = statement('office-statement', '2023-01-01', {
    issuer: 'opcc',
    authors: ['the-commissioner'],
  });
  const site = { documents: [...all, printed, afterOffice, byTheOffice], people };

  test('a document quoting someone lists their organisation at the time it was published', () => {
    expect(organisationsOf(printed, people)).toEqual(['opcc']);
    expect(documentsOfOrganisation('opcc', site).map((doc) => doc.id)).toEqual([
      'office-statement',
      'mp-prints-reply',
    ]);
  });

  test('a role that had ended, or had not begun, when the document was published does not count', () => {
    expect(organisationsOf(afterOffice, people)).toEqual([]);
    expect(documentsOfOrganisation('council', site)).toEqual([]);
  });

  test('names who speaks for the organisation, each once, only where that is why it is listed', () => {
    expect(peopleSpeakingFor('opcc', printed, people).map((speaker) => speaker.id)).toEqual([
      'the-commissioner',
    ]);
    expect(peopleSpeakingFor('opcc', afterOffice, people)).toEqual([]);
    expect(peopleSpeakingFor('force', printed, people)).toEqual([]);
  });

  test('a person who led a report’s inspection has it among their documents', () => {
    const led = report('led-2022', '2022-08-05', { ledBy: ['the-commissioner'] });
    expect(peopleOf(led)).toEqual(['the-commissioner']);
    expect(documentsOfPerson('the-commissioner', [led, printed]).map((doc) => doc.id)).toEqual([
      'mp-prints-reply',
      'led-2022',
    ]);
  });

  test('an organisation named in several ways is listed once', () => {
    expect(organisationsOf(byTheOffice, people)).toEqual(['opcc']);
  });
});

describe('documentsOfOrganisations', () => {
  const site = { documents: all, people: [] };

  test('lists each document involving any of the organisations once, newest first', () => {
    expect(documentsOfOrganisations(['the-link', 'force'], site).map((doc) => doc.id)).toEqual(
      documentsOfOrganisation('force', site).map((doc) => doc.id),
    );
    expect(documentsOfOrganisations(['the-link', 'nobody'], site).map((doc) => doc.id)).toEqual([
      'later-2023',
    ]);
  });
});

describe('documentCounts', () => {
  // /organisations/ and /people/ show these counts, and the render cache keys them by
  // the same: they must be the length of each organisation's and person's own list.
  const quotedAuthor = statement('quotes-its-author', '2024-01-10', {
    authors: ['the-commissioner'],
    quoted: ['the-commissioner', 'a-witness'],
  });
  const withPeople = [...all, quotedAuthor];
  const people = [
    person('the-commissioner', [{ title: 'Police and Crime Commissioner', organisation: 'opcc' }]),
  ];

  test('counts each document an organisation is involved in once, as its page lists them', () => {
    const counts = documentCounts(withPeople, (doc) => organisationsOf(doc, people));
    for (const id of ['force', 'hmicfrs', 'the-link', 'opcc'])
      expect(counts.get(id), id).toBe(
        documentsOfOrganisation(id, { documents: withPeople, people }).length,
      );
    expect(counts.get('force')).toBe(5);
    expect(counts.get('opcc')).toBe(1);
  });

  test('counts a person quoted in their own statement once', () => {
    const counts = documentCounts(withPeople, peopleOf);
    expect(counts.get('the-commissioner')).toBe(1);
    expect(counts.get('a-witness')).toBe(1);
    for (const id of ['the-commissioner', 'a-witness'])
      expect(counts.get(id)).toBe(documentsOfPerson(id, withPeople).length);
    expect(counts.has('nobody')).toBe(false);
  });
});

describe('lastUpdated', () => {
  test('is the latest change, whatever order the changes are listed in', () => {
    const changed = statement('changed', '2023-01-10', {
      changes: [
        { date: '2023-03-01', note: 'Corrected a name.' },
        { date: '2023-02-01', note: 'Added a link.' },
      ],
    });
    expect(lastUpdated(changed)?.iso).toBe('2023-03-01');
    expect(lastUpdated(reply)).toBeUndefined();
  });
});

describe('contentLastChanged', () => {
  test('is the latest day any document was published or changed', () => {
    expect(contentLastChanged(all)).toBe('2023-12-31');
    expect(contentLastChanged([original, reply])).toBe('2022-08-05');
  });
});
