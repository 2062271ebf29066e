/**
 * Small, hand-made site content for unit tests of feeds and open data: documents of
 * each type, with day, month and year precision dates, so honest-date rules are
 * exercised without building the site.
 */
import { parsePartialDate, type PartialDate } from '../../src/lib/dates/partial-date';
import type { Entry, SiteDocument } from '../../src/lib/site/types';
import type { Organisation } from '../../src/schemas/organisation';
import type { Person } from '../../src/schemas/person';
import type { Recommendation } from '../../src/schemas/recommendation';

export function day(text: string): PartialDate {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`bad sample date ${text}`);
  return date;
}

const common = {
  authors: [],
  quoted: [],
  themes: ['missing-children'],
  changes: [],
  assessments: [],
  source: { url: 'https://example.org/original', original: true },
  titleSupplied: false,
};

export const sampleOrganisations: Entry<Organisation>[] = [
  {
    id: 'inspectorate',
    data: {
      name: 'The Inspectorate',
      kind: 'inspectorate',
      description: 'Inspects.',
      sources: ['https://example.org/'],
    },
  },
  {
    id: 'force',
    data: {
      name: 'The Force',
      kind: 'police-force',
      description: 'Polices.',
      sources: ['https://example.org/'],
    },
  },
];

export const sampleDocuments: SiteDocument[] = [
  {
    type: 'report',
    id: 'inspection-2022',
    data: {
      ...common,
      title: 'Inspection report',
      summary: 'What the inspectors found.',
      published: day('2022-08-05'),
      issuer: 'inspectorate',
      verbatim: false,
      force: 'force',
      inspection: 'ncpi',
      fieldwork: day('2022-03'),
      ledBy: [],
    },
    paragraphs: ['p1', 'p2', 'p3'],
    crossLinks: [],
    headings: [],
    links: [],
  },
  {
    type: 'statement',
    id: 'force-statement',
    data: {
      ...common,
      title: 'Force statement',
      summary: 'The force says it has improved.',
      published: day('2023-09'),
      issuer: 'force',
      verbatim: true,
      respondsTo: ['inspection-2022'],
      assessments: [
        {
          recommendation: 'missing-children',
          status: 'met',
          paragraph: 'p2',
          note: 'The force says it is done.',
        },
      ],
    },
    paragraphs: ['p1', 'p2'],
    crossLinks: [
      { recommendation: 'missing-children', paragraph: 'p2', quote: 'We now…', line: 12 },
    ],
    headings: [],
    links: [],
  },
  {
    type: 'response',
    id: 'pcc-response',
    data: {
      ...common,
      title: 'PCC response & comments',
      summary: 'The commissioner replies <in full>.',
      published: day('2023'),
      publishedNote: 'Only the year is given.',
      verbatim: true,
      respondsTo: ['inspection-2022'],
      statutoryDuty: 'pcc-comments',
    },
    paragraphs: [],
    crossLinks: [],
    headings: [],
    links: [],
  },
  {
    type: 'report',
    id: 'review-2023',
    data: {
      ...common,
      title: 'Review report',
      summary: 'The inspectors went back.',
      published: day('2023-04'),
      issuer: 'inspectorate',
      verbatim: false,
      force: 'force',
      inspection: 'ncpi-post-inspection-review',
      followsUp: 'inspection-2022',
      ledBy: [],
      assessments: [
        {
          recommendation: 'missing-children',
          status: 'improving',
          date: day('2023-04'),
          paragraph: 'p1',
        },
      ],
    },
    paragraphs: ['p1'],
    crossLinks: [],
    headings: [],
    links: [],
  },
] as SiteDocument[];

export const samplePeople: Entry<Person>[] = [];

export const sampleRecommendations: Entry<Recommendation>[] = [
  {
    id: 'missing-children',
    data: {
      report: 'inspection-2022',
      kind: 'recommendation',
      title: 'Missing children',
      text: 'Respond better, when children go missing; "now".',
      wording: 'summary',
      addressedTo: ['force'],
      themes: ['missing-children', 'risk'],
      source: 'https://example.org/original#rec-1',
    },
  },
  {
    id: 'untouched',
    data: {
      report: 'inspection-2022',
      kind: 'area-for-improvement',
      title: 'Nothing said yet',
      text: 'A line\nwith a break.',
      wording: 'official',
      addressedTo: ['force', 'inspectorate'],
      themes: [],
      source: 'https://example.org/original#afi-1',
    },
  },
];

export const sampleSite = {
  documents: sampleDocuments,
  organisations: sampleOrganisations,
  people: samplePeople,
  recommendations: sampleRecommendations,
  glossary: [],
  themes: [
    { id: 'missing-children', data: { id: 'missing-children', label: 'Missing children' } },
    { id: 'risk', data: { id: 'risk', label: 'Risk' } },
  ],
};

export const SAMPLE_SITE = 'https://example.gov.uk';
