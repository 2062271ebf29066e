/**
 * /data/recommendations.csv: the records of recommendations.json, one row per
 * recommendation, for spreadsheets. Lists are joined with "; " (ids never contain it),
 * links with a line break, and the status history becomes one line per status in one
 * cell. Each column names the JSON field it comes from, so the /data/ page describes it
 * with that field's schema description. Written with csv-stringify: RFC 4180 quoting,
 * CRLF line ends. A cell that a spreadsheet would run as a formula starts with a single
 * quote (see spreadsheet-text.ts): titles and wording come from content, not from us.
 */
import { stringify } from 'csv-stringify/sync';
import type { RecommendationRecord, StatusEntry } from './recommendations-data';
import { asSpreadsheetText } from './spreadsheet-text';

export interface CsvColumn {
  name: string;
  /** The JSON field it comes from, as the /data/ page lists it, e.g. `recommendations[].title`. */
  field: string;
  /** How it is flattened, when it is not the JSON value as it stands. */
  flattening?: string;
  value: (record: RecommendationRecord) => string;
}

export const LIST_SEPARATOR = '; ';

/** "2023-09 | claimed | in-progress | wiltshire-police | https://…#p4" */
export function statusLine(entry: StatusEntry): string {
  return [
    entry.date.date,
    entry.side,
    entry.status,
    entry.assessor?.id ?? '',
    entry.permalink,
  ].join(' | ');
}

const text = (value: string | null | undefined) => value ?? '';

function latestColumns(which: 'latestClaimed' | 'latestVerified', prefix: string): CsvColumn[] {
  const field = `recommendations[].${which}`;
  return [
    { name: `${prefix}_status`, field: `${field}.status`, value: (r) => text(r[which]?.status) },
    {
      name: `${prefix}_date`,
      field: `${field}.date.date`,
      value: (r) => text(r[which]?.date.date),
    },
    {
      name: `${prefix}_date_precision`,
      field: `${field}.date.precision`,
      value: (r) => text(r[which]?.date.precision),
    },
    {
      name: `${prefix}_by`,
      field: `${field}.assessor.id`,
      value: (r) => text(r[which]?.assessor?.id),
    },
    {
      name: `${prefix}_permalink`,
      field: `${field}.permalink`,
      value: (r) => text(r[which]?.permalink),
    },
  ];
}

export const RECOMMENDATION_COLUMNS: CsvColumn[] = [
  { name: 'id', field: 'recommendations[].id', value: (r) => r.id },
  { name: 'url', field: 'recommendations[].url', value: (r) => r.url },
  { name: 'feed', field: 'recommendations[].feed', value: (r) => r.feed },
  { name: 'kind', field: 'recommendations[].kind', value: (r) => r.kind },
  { name: 'title', field: 'recommendations[].title', value: (r) => r.title },
  { name: 'text', field: 'recommendations[].text', value: (r) => r.text },
  { name: 'wording', field: 'recommendations[].wording', value: (r) => r.wording },
  {
    name: 'note',
    field: 'recommendations[].note',
    flattening: 'Empty when null.',
    value: (r) => text(r.note),
  },
  { name: 'report', field: 'recommendations[].report.id', value: (r) => text(r.report?.id) },
  { name: 'report_url', field: 'recommendations[].report.url', value: (r) => text(r.report?.url) },
  { name: 'made_in', field: 'recommendations[].madeIn.id', value: (r) => text(r.madeIn?.id) },
  {
    name: 'addressed_to',
    field: 'recommendations[].addressedTo[].id',
    flattening: 'Several ids are separated by “; ”.',
    value: (r) => r.addressedTo.map((organisation) => organisation.id).join(LIST_SEPARATOR),
  },
  {
    name: 'themes',
    field: 'recommendations[].themes',
    flattening: 'Several ids are separated by “; ”.',
    value: (r) => r.themes.join(LIST_SEPARATOR),
  },
  { name: 'source', field: 'recommendations[].source', value: (r) => r.source },
  ...latestColumns('latestClaimed', 'latest_claimed'),
  ...latestColumns('latestVerified', 'latest_verified'),
  {
    name: 'status_history',
    field: 'recommendations[].statusHistory',
    flattening:
      'One line per status, in the same order, each as: date | claimed or verified | status | id of who gives it | permanent link.',
    value: (r) => r.statusHistory.map(statusLine).join('\n'),
  },
  {
    name: 'paragraph_permalinks',
    field: 'recommendations[].paragraphs[].permalink',
    flattening: 'One link per line.',
    value: (r) => r.paragraphs.map((paragraph) => paragraph.permalink).join('\n'),
  },
  {
    name: 'documents',
    field: 'recommendations[].documents',
    flattening: 'Several ids are separated by “; ”.',
    value: (r) => r.documents.join(LIST_SEPARATOR),
  },
  {
    name: 'last_update',
    field: 'recommendations[].lastUpdate.date',
    value: (r) => text(r.lastUpdate?.date),
  },
  {
    name: 'last_update_precision',
    field: 'recommendations[].lastUpdate.precision',
    value: (r) => text(r.lastUpdate?.precision),
  },
];

export function recommendationsCsv(records: readonly RecommendationRecord[]): string {
  return stringify(
    records.map((record) =>
      RECOMMENDATION_COLUMNS.map((column) => asSpreadsheetText(column.value(record))),
    ),
    {
      header: true,
      columns: RECOMMENDATION_COLUMNS.map((column) => column.name),
      record_delimiter: 'windows',
      quoted_match: /[\n\r]/,
    },
  );
}
