/**
 * Small builders for loaded content as plain objects, so logic that links documents
 * together can be tested without Astro. Each builder fills in dull required fields and
 * takes the ones a test cares about.
 */
import { parsePartialDate, type PartialDate } from '../../src/lib/dates/partial-date';
import type { CrossLink } from '../../src/lib/markdown/rehype-paragraph-ids';
import type { InternalLink } from '../../src/lib/markdown/remark-internal-links';
import type {
  Entry,
  ReportDocument,
  ResponseDocument,
  SiteContent,
  StatementDocument,
} from '../../src/lib/site/types';
import type { Assessment } from '../../src/schemas/assessment';
import type { Organisation } from '../../src/schemas/organisation';
import type { Person } from '../../src/schemas/person';
import type { GlossaryTerm } from '../../src/schemas/glossary';
import type { Recommendation } from '../../src/schemas/recommendation';

export function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`Not a date: ${text}`);
  return parsed;
}

export function organisation(id: string, kind: Organisation['kind']): Entry<Organisation> {
  return {
    id,
    filePath: `content/organisations/${id}.yaml`,
    data: {
      name: `Name of ${id}`,
      kind,
      description: 'An organisation.',
      sources: ['https://example.org/'],
    },
  };
}

export function person(id: string, roles: Person['roles'] = []): Entry<Person> {
  return {
    id,
    filePath: `content/people/${id}.yaml`,
    data: { name: `Name of ${id}`, roles, sources: ['https://example.org/'] },
  };
}

/** A glossary term whose expansion comes from a web address. */
export function glossaryTerm(id: string, term: string, expansion: string): Entry<GlossaryTerm> {
  return { id, data: { id, term, expansion, source: 'https://example.org/' } };
}

export function recommendation(
  id: string,
  data: Partial<Recommendation> = {},
): Entry<Recommendation> {
  return {
    id,
    filePath: `content/recommendations/${id}.yaml`,
    data: {
      report: 'the-report',
      kind: 'recommendation',
      title: `Title of ${id}`,
      text: 'What it asks.',
      wording: 'summary',
      addressedTo: ['the-force'],
      themes: [],
      source: 'https://example.org/report',
      ...data,
    },
  };
}

interface DocumentOptions {
  published: string;
  issuer?: string;
  authors?: string[];
  quoted?: string[];
  paragraphs?: number;
  crossLinks?: Omit<CrossLink, 'quote' | 'line'>[];
  /** Heading ids in the body. */
  headings?: string[];
  /** Links in the body to pages, files or anchors of the site, as written. */
  links?: (string | Partial<InternalLink>)[];
  assessments?: Partial<Assessment>[];
  /** When and why it was withdrawn, with the date as written: `{ date: '2024-03', reason: '…' }`. */
  withdrawn?: { date: string; reason: string };
  /** Its dated updates, with the dates as written: `[{ date: '2024-03-05', note: '…' }]`. */
  changes?: { date: string; note: string }[];
}

function base(type: string, id: string, options: DocumentOptions) {
  return {
    id,
    filePath: `content/${type}s/${id}.mdx`,
    paragraphs: Array.from({ length: options.paragraphs ?? 5 }, (_, index) => `p${index + 1}`),
    crossLinks: (options.crossLinks ?? []).map((link) => ({
      ...link,
      quote: `Quote of ${id} ${link.paragraph}`,
      line: 1,
    })),
    headings: (options.headings ?? []).map((slug) => ({ depth: 2, slug, text: slug })),
    // Each link on its own line, from line 11 (after ten lines of frontmatter).
    links: (options.links ?? []).map((link, index): InternalLink => ({
      kind: 'link',
      line: 11 + index,
      column: 1,
      ...(typeof link === 'string' ? { url: link } : { url: '', ...link }),
    })),
    data: {
      title: `Title of ${id}`,
      titleSupplied: false,
      summary: 'A summary.',
      published: date(options.published),
      issuer: options.issuer,
      authors: options.authors ?? [],
      quoted: options.quoted ?? [],
      source: { url: 'https://example.org/', original: true },
      verbatim: true,
      themes: [],
      changes: (options.changes ?? []).map((change) => ({ ...change, date: date(change.date) })),
      assessments: (options.assessments ?? []) as Assessment[],
      withdrawn: options.withdrawn && {
        date: date(options.withdrawn.date),
        reason: options.withdrawn.reason,
      },
    },
  };
}

export function report(
  id: string,
  options: DocumentOptions & {
    inspection?: 'ncpi' | 'ncpi-post-inspection-review' | 'peel';
    fieldwork?: string;
    ledBy?: string[];
  },
): ReportDocument {
  const doc = base('report', id, options);
  return {
    ...doc,
    type: 'report',
    data: {
      ...doc.data,
      force: 'the-force',
      inspection: options.inspection ?? 'ncpi',
      fieldwork: options.fieldwork ? date(options.fieldwork) : undefined,
      ledBy: options.ledBy ?? [],
    },
  } as ReportDocument;
}

type AnswerOptions = DocumentOptions & {
  respondsTo?: string[];
  statutoryDuty?: 'pcc-comments' | 'force-action-plan';
};

export function statement(id: string, options: AnswerOptions): StatementDocument {
  const doc = base('statement', id, options);
  return {
    ...doc,
    type: 'statement',
    data: {
      ...doc.data,
      respondsTo: options.respondsTo ?? [],
      statutoryDuty: options.statutoryDuty,
    },
  } as StatementDocument;
}

export function response(id: string, options: AnswerOptions): ResponseDocument {
  const doc = base('response', id, options);
  return {
    ...doc,
    type: 'response',
    data: {
      ...doc.data,
      respondsTo: options.respondsTo ?? ['the-report'],
      statutoryDuty: options.statutoryDuty,
    },
  } as ResponseDocument;
}

/** A small site: an inspectorate, a force, a PCC's office, and whatever a test adds. */
export function site(parts: Partial<SiteContent>): SiteContent {
  return {
    documents: [],
    organisations: [
      organisation('inspectorate', 'inspectorate'),
      organisation('the-force', 'police-force'),
      organisation('pcc-office', 'police-and-crime-commissioner'),
    ],
    people: [],
    recommendations: [],
    glossary: [],
    themes: [],
    ...parts,
  };
}
