import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import {
  RECOMMENDATION_COLUMNS,
  recommendationsCsv,
  statusLine,
} from '../../../src/lib/open-data/recommendations-csv';
import {
  recommendationsFile,
  type RecommendationRecord,
} from '../../../src/lib/open-data/recommendations-data';
import schema from '../../../src/lib/open-data/schemas/recommendations.schema.json';
import { recommendationTrails } from '../../../src/lib/recommendations/trails';
import { describeFields, type SchemaNode } from '../../../src/lib/open-data/schema-fields';
import { schemaErrors } from '../../support/json-schema';
import { SAMPLE_SITE, sampleSite } from '../../support/sample-content';
import { csvMatchesRecords } from '../../support/recommendations-csv-check';

const file = recommendationsFile(recommendationTrails(sampleSite), sampleSite, {
  site: SAMPLE_SITE,
  base: '/',
});
const record = (id: string) =>
  file.recommendations.find((rec) => rec.id === id) as RecommendationRecord;

describe('recommendations.json', () => {
  test('validates against its JSON Schema', () => {
    expect(schemaErrors(schema, file)).toEqual([]);
  });

  test('keeps the full status history, claimed apart from verified, with paragraph permalinks', () => {
    const rec = record('missing-children');
    expect(
      rec.statusHistory.map((entry) => [
        entry.date.date,
        entry.side,
        entry.status,
        entry.permalink,
      ]),
    ).toEqual([
      ['2023-04', 'verified', 'improving', 'https://example.gov.uk/reports/review-2023/#p1'],
      ['2023-09', 'claimed', 'met', 'https://example.gov.uk/statements/force-statement/#p2'],
    ]);
    expect(rec.latestClaimed?.status).toBe('met');
    expect(rec.latestVerified?.status).toBe('improving');
    expect(rec.paragraphs).toEqual([
      {
        document: 'force-statement',
        paragraph: 'p2',
        permalink: 'https://example.gov.uk/statements/force-statement/#p2',
        quote: 'We now…',
        verbatim: true,
      },
    ]);
    expect(rec.feed).toBe('https://example.gov.uk/recommendations/missing-children/feed.xml');
  });

  // A report's page is our summary: a paragraph of it must not be reused as the report's words.
  test('says whether a paragraph’s quote is the document’s own words or our summary', () => {
    const withSummaryMark = {
      ...sampleSite,
      documents: sampleSite.documents.map((doc) =>
        doc.id === 'inspection-2022'
          ? {
              ...doc,
              crossLinks: [
                { recommendation: 'missing-children', paragraph: 'p3', quote: 'Ours.', line: 9 },
              ],
            }
          : doc,
      ),
    };
    const records = recommendationsFile(recommendationTrails(withSummaryMark), sampleSite, {
      site: SAMPLE_SITE,
      base: '/',
    }).recommendations;
    const marks = records.find((rec) => rec.id === 'missing-children')?.paragraphs ?? [];
    expect(marks.map(({ document, verbatim }) => [document, verbatim])).toEqual([
      ['inspection-2022', false],
      ['force-statement', true],
    ]);
  });

  test("names each theme a record gives by id, as the site's pages do", () => {
    expect(file.themes).toEqual([
      { id: 'missing-children', label: 'Missing children' },
      { id: 'risk', label: 'Risk' },
    ]);
    expect(file.recommendations.flatMap((rec) => rec.themes)).toContain('risk');
  });

  test('a recommendation with no status yet has nulls, not made-up values', () => {
    const rec = record('untouched');
    expect(rec.latestClaimed).toBeNull();
    expect(rec.latestVerified).toBeNull();
    expect(rec.statusHistory).toEqual([]);
  });
});

describe('recommendations.csv', () => {
  const csv = recommendationsCsv(file.recommendations);

  test('round-trips to the same records as the JSON, commas, quotes and line breaks included', () => {
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(csvMatchesRecords(rows, file.recommendations)).toEqual([]);
    expect(rows.find((row) => row.id === 'untouched')?.text).toBe('A line\nwith a break.');
    expect(rows.find((row) => row.id === 'missing-children')?.status_history).toBe(
      record('missing-children').statusHistory.map(statusLine).join('\n'),
    );
  });

  test('is RFC 4180: CRLF between records and a header row', () => {
    expect(
      csv.startsWith(`${RECOMMENDATION_COLUMNS.map((column) => column.name).join(',')}\r\n`),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('every column comes from a described JSON field', () => {
    const described = new Set(describeFields(schema as SchemaNode).map((field) => field.path));
    expect(
      RECOMMENDATION_COLUMNS.filter((column) => !described.has(column.field)).map((c) => c.name),
    ).toEqual([]);
  });
});

describe('recommendations.csv against formula injection', () => {
  const base = record('untouched');
  /** The raw CSV and its parsed rows for records that differ from `base` only in the given text. */
  const csvOf = (changes: Partial<RecommendationRecord>[]) => {
    const csv = recommendationsCsv(changes.map((change) => ({ ...base, ...change })));
    return { csv, rows: parse(csv, { columns: true }) as Record<string, string>[] };
  };

  test.each([
    ['=HYPERLINK("https://evil.example/","click")'],
    ['+1+1'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('a cell starting %j is written with a single quote first, so it is text', (title) => {
    const { rows } = csvOf([{ title }]);
    expect(rows[0]?.title).toBe(`'${title}`);
  });

  test('the quoted cell is still quoted as CSV requires', () => {
    const { csv } = csvOf([{ title: '=HYPERLINK("https://evil.example/","click")' }]);
    expect(csv).toContain(`,"'=HYPERLINK(""https://evil.example/"",""click"")",`);
  });

  test('every column is guarded, not only the title', () => {
    const { rows } = csvOf([{ text: '=1+1', note: '-1', source: '@x' }]);
    expect([rows[0]?.text, rows[0]?.note, rows[0]?.source]).toEqual(["'=1+1", "'-1", "'@x"]);
  });

  test('other cells are written as before: commas, quotes, line breaks and a later "=" included', () => {
    const titles = [
      'Nothing said yet',
      'Commas, and "quotes"',
      'A line\nwith a break.',
      'Set x = 1, then y=2',
      'First line\n=1+1 on the second',
      "'Tis already quoted",
      '',
    ];
    const { csv, rows } = csvOf(titles.map((title) => ({ title })));
    expect(rows.map((row) => row.title)).toEqual(titles);
    for (const cell of [
      ',Nothing said yet,',
      ',"Commas, and ""quotes""",',
      ',"A line\nwith a break.",',
      ',"Set x = 1, then y=2",',
      ',"First line\n=1+1 on the second",',
      ",'Tis already quoted,",
    ]) {
      expect(csv).toContain(cell);
    }
  });

  test('reads back to the same records once the quote is taken off', () => {
    const records = [
      { ...base, title: '=HYPERLINK("https://evil.example/","click")', note: '-1' },
      { ...base, title: 'Set x = 1' },
    ];
    const rows = parse(recommendationsCsv(records), { columns: true }) as Record<string, string>[];
    expect(csvMatchesRecords(rows, records)).toEqual([]);
  });
});
