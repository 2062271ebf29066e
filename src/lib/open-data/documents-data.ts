/**
 * /data/documents.json: every document as plain records. The shape and the meaning of
 * each field are defined by ./schemas/documents.schema.json, which tests validate this
 * output against and the /data/ page reads its field descriptions from. Absent values
 * are null rather than missing, so every record has the same columns.
 */
import { entryById } from '../site/entry-by-id';
import type { PartialDate } from '../dates/partial-date';
import { newestFirst, organisationsOf } from '../site/documents';
import { absoluteUrl, type UrlContext } from '../site/absolute-url';
import { documentPath } from '../site/urls';
import type { SiteContent, SiteDocument } from '../site/types';
import { DOCUMENTS_SCHEMA_PATH } from './data-paths';
import { dataFileHeader, type DataFileHeader } from './data-file-header';
import { themeRecords, type ThemeRecord } from './theme-records';

export interface DatedValue {
  date: string;
  precision: PartialDate['precision'];
}

export interface DocumentRecord {
  id: string;
  type: SiteDocument['type'];
  title: string;
  titleSupplied: boolean;
  summary: string;
  url: string;
  published: DatedValue;
  publishedNote: string | null;
  publishedBy: string | null;
  issuer: { id: string; name: string } | null;
  authors: string[];
  quoted: string[];
  outlet: string | null;
  publisherCredit: string | null;
  organisations: string[];
  source: { url: string; title: string | null; original: boolean };
  sourceNote: string | null;
  verbatim: boolean;
  themes: string[];
  changes: { date: string; note: string }[];
  withdrawn: { date: DatedValue; reason: string } | null;
  paragraphs: number;
  addresses: { recommendation: string; paragraph: string; url: string }[];
  respondsTo: string[];
  force: string | null;
  inspection: 'ncpi' | 'ncpi-post-inspection-review' | 'peel' | null;
  fieldwork: DatedValue | null;
  followsUp: string | null;
  ledBy: string[];
}

export interface DocumentsFile extends DataFileHeader {
  themes: ThemeRecord[];
  documents: DocumentRecord[];
}

export function datedValue(date: PartialDate): DatedValue {
  return { date: date.iso, precision: date.precision };
}

/** The organisations, people and themes documents name, by id. */
export type Names = Pick<SiteContent, 'organisations' | 'people' | 'themes'>;

export function documentRecord(doc: SiteDocument, names: Names, urls: UrlContext): DocumentRecord {
  const { data } = doc;
  const url = absoluteUrl(documentPath(doc), urls.site, urls.base);
  const issuer = entryById(names.organisations, data.issuer);
  const report = doc.type === 'report' ? doc.data : undefined;
  return {
    id: doc.id,
    type: doc.type,
    title: data.title,
    titleSupplied: data.titleSupplied,
    summary: data.summary,
    url,
    published: datedValue(data.published),
    publishedNote: data.publishedNote ?? null,
    publishedBy: data.publishedBy?.iso ?? null,
    issuer: issuer ? { id: issuer.id, name: issuer.data.name } : null,
    authors: [...data.authors],
    quoted: [...data.quoted],
    outlet: data.outlet ?? null,
    publisherCredit: data.publisherCredit ?? null,
    organisations: [...organisationsOf(doc, names.people)],
    source: {
      url: data.source.url,
      title: data.source.title ?? null,
      original: data.source.original,
    },
    sourceNote: data.sourceNote ?? null,
    verbatim: data.verbatim,
    themes: [...data.themes],
    changes: data.changes.map((change) => ({ date: change.date.iso, note: change.note })),
    withdrawn: data.withdrawn
      ? { date: datedValue(data.withdrawn.date), reason: data.withdrawn.reason }
      : null,
    paragraphs: doc.paragraphs.length,
    addresses: doc.crossLinks.map((link) => ({
      recommendation: link.recommendation,
      paragraph: link.paragraph,
      url: `${url}#${link.paragraph}`,
    })),
    respondsTo: doc.type === 'report' ? [] : [...doc.data.respondsTo],
    force: report?.force ?? null,
    inspection: report?.inspection ?? null,
    fieldwork: report?.fieldwork ? datedValue(report.fieldwork) : null,
    followsUp: report?.followsUp ?? null,
    ledBy: [...(report?.ledBy ?? [])],
  };
}

export function documentsFile(
  documents: readonly SiteDocument[],
  names: Names,
  urls: UrlContext,
): DocumentsFile {
  return {
    ...dataFileHeader(DOCUMENTS_SCHEMA_PATH, urls),
    themes: themeRecords(names.themes),
    documents: newestFirst(documents).map((doc) => documentRecord(doc, names, urls)),
  };
}
