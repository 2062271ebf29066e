import { describe, expect, test } from 'vitest';
import { documentsFile } from '../../../src/lib/open-data/documents-data';
import schema from '../../../src/lib/open-data/schemas/documents.schema.json';
import { schemaErrors } from '../../support/json-schema';
import {
  SAMPLE_SITE,
  sampleDocuments,
  sampleOrganisations,
  samplePeople,
  sampleSite,
} from '../../support/sample-content';
import { person, statement } from '../../support/content-builders';

const names = {
  organisations: sampleOrganisations,
  people: samplePeople,
  themes: sampleSite.themes,
};
const file = documentsFile(sampleDocuments, names, { site: SAMPLE_SITE, base: '/' });
const record = (id: string) => file.documents.find((doc) => doc.id === id);

describe('documents.json', () => {
  test('validates against its JSON Schema', () => {
    expect(schemaErrors(schema, file)).toEqual([]);
  });

  test('the schema rejects a record with a missing or mistyped field', () => {
    const broken = structuredClone(file);
    delete (broken.documents[0] as Partial<(typeof broken.documents)[0]>).title;
    (broken.documents[1] as { verbatim: unknown }).verbatim = 'yes';
    expect(schemaErrors(schema, broken)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("must have required property 'title'"),
        expect.stringContaining('/documents/1/verbatim'),
      ]),
    );
  });

  test("names each theme a record gives by id, as the site's pages do", () => {
    expect(file.themes).toEqual([
      { id: 'missing-children', label: 'Missing children' },
      { id: 'risk', label: 'Risk' },
    ]);
    const labelled = new Set(file.themes.map((theme) => theme.id));
    expect(file.documents.flatMap((doc) => doc.themes).every((id) => labelled.has(id))).toBe(true);
  });

  test('keeps each date only as precise as known', () => {
    expect(record('inspection-2022')?.published).toEqual({ date: '2022-08-05', precision: 'day' });
    expect(record('inspection-2022')?.fieldwork).toEqual({ date: '2022-03', precision: 'month' });
    expect(record('pcc-response')?.published).toEqual({ date: '2023', precision: 'year' });
  });

  test('gives full addresses and permalinks to the paragraphs that address a recommendation', () => {
    expect(record('force-statement')?.url).toBe(
      'https://example.gov.uk/statements/force-statement/',
    );
    expect(record('force-statement')?.addresses).toEqual([
      {
        recommendation: 'missing-children',
        paragraph: 'p2',
        url: 'https://example.gov.uk/statements/force-statement/#p2',
      },
    ]);
    expect(file.$schema).toBe('https://example.gov.uk/data/documents.schema.json');
  });

  test('writes absent values as null, so every record has the same fields', () => {
    const response = record('pcc-response');
    expect(response?.issuer).toBeNull();
    expect(response?.force).toBeNull();
    expect(response?.fieldwork).toBeNull();
    expect(Object.keys(response ?? {})).toEqual(Object.keys(record('inspection-2022') ?? {}));
  });

  test('carries a withdrawal, its date as precise as known; null for a document that stands', () => {
    const withdrawn = documentsFile(
      [
        statement('taken-back', {
          published: '2023-02-01',
          issuer: 'the-force',
          withdrawn: { date: '2023-05', reason: 'It was replaced.' },
        }),
      ],
      names,
      { site: SAMPLE_SITE, base: '/' },
    );
    expect(withdrawn.documents[0]?.withdrawn).toEqual({
      date: { date: '2023-05', precision: 'month' },
      reason: 'It was replaced.',
    });
    expect(schemaErrors(schema, withdrawn)).toEqual([]);
    expect(record('inspection-2022')?.withdrawn).toBeNull();
  });

  // The same list as the organisation's page and search's filter, so an address built
  // from the data (/search/?organisation=<id>) finds what the data says it will.
  test('lists every organisation the document involves, its people’s at the time included', () => {
    expect(record('inspection-2022')?.organisations).toEqual(['inspectorate', 'force']);
    const quoting = documentsFile(
      [
        statement('mp-statement', {
          published: '2022-08-05',
          authors: ['an-mp'],
          quoted: ['the-commissioner'],
        }),
      ],
      {
        organisations: sampleOrganisations,
        people: [
          person('an-mp'),
          person('the-commissioner', [{ title: 'PCC', organisation: 'pcc-office' }]),
        ],
        themes: [],
      },
      { site: SAMPLE_SITE, base: '/' },
    );
    expect(quoting.documents[0]?.organisations).toEqual(['pcc-office']);
    expect(quoting.documents[0]?.issuer).toBeNull();
  });

  test('names the licence', () => {
    expect(file.licence.name).toBe('Open Government Licence v3.0');
  });
});
