// What a document is and who it is from, as its entry in a list and its feed item say it.
import { describe, expect, test } from 'vitest';
import { documentByline } from '../../../src/lib/site/document-source';
import {
  organisation,
  person,
  report,
  response,
  site,
  statement,
} from '../../support/content-builders';

const names = site({ people: [person('an-mp'), person('a-councillor')] });

describe('who a document is from', () => {
  test('the organisation that issued it, even when it names authors too', () => {
    const doc = statement('s', {
      published: '2023-09-15',
      issuer: 'the-force',
      authors: ['an-mp'],
    });
    expect(documentByline(doc, names)).toBe('Statement from Name of the-force');
  });

  // "Response from Office of the Police and Crime Commissioner…" read as a slip.
  test('with "the" before a name whose file asks for it', () => {
    const office = organisation('pcc-office', 'police-and-crime-commissioner');
    office.data = { ...office.data, name: 'Office of the Commissioner', article: 'the' };
    const withOffice = site({ organisations: [office] });
    const doc = response('r', { published: '2023', issuer: 'pcc-office' });
    expect(documentByline(doc, withOffice)).toBe('Response from the Office of the Commissioner');
  });

  // An MP's statement is issued by no organisation: its entry named no one.
  test('else its authors, by name', () => {
    const one = statement('s', { published: '2022-08-05', authors: ['an-mp'] });
    expect(documentByline(one, names)).toBe('Statement by Name of an-mp');
    const two = statement('s', { published: '2022-08-05', authors: ['an-mp', 'a-councillor'] });
    expect(documentByline(two, names)).toBe('Statement by Name of an-mp and Name of a-councillor');
  });

  test('the type alone when neither is known', () => {
    expect(documentByline(statement('s', { published: '2022-08-05' }), names)).toBe('Statement');
  });

  // A list entry read "Report from …" for a page of our own words, which a reader could
  // quote as the report's; the page and search results already said "(our summary)".
  test('says when the page is our summary, before whose the document is', () => {
    const inspectorate = site({ organisations: [organisation('hmi', 'inspectorate')] });
    const summary = report('r', { published: '2022-08-05', issuer: 'hmi' });
    summary.data = { ...summary.data, verbatim: false };
    expect(documentByline(summary, inspectorate)).toBe('Report (our summary) from Name of hmi');
    const original = report('r', { published: '2022-08-05', issuer: 'hmi' });
    expect(documentByline(original, inspectorate)).toBe('Report from Name of hmi');
  });
});
