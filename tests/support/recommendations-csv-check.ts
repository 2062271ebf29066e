/**
 * Reads a recommendations.csv row back into the JSON record's terms, independently of
 * the code that wrote it, and lists every field that differs. Used by the unit test and
 * the built-site test, so both check the same promise: the CSV holds the same records.
 * A cell that would start like a formula is written with a single quote before it (so a
 * spreadsheet shows it as text); reading back takes that quote off, as the /data/ page
 * tells readers to.
 */
import type { RecommendationRecord } from '../../src/lib/open-data/recommendations-data';

const unquoted = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const list = (cell: string | undefined) => (cell ? cell.split('; ') : []);
const lines = (cell: string | undefined) => (cell ? cell.split('\n') : []);
const orEmpty = (value: string | null | undefined) => value ?? '';

export function csvMatchesRecords(
  rows: Record<string, string>[],
  records: readonly RecommendationRecord[],
): string[] {
  const problems: string[] = [];
  if (rows.length !== records.length)
    problems.push(`${rows.length} rows for ${records.length} records`);
  records.forEach((record, index) => {
    const row = Object.fromEntries(
      Object.entries(rows[index] ?? {}).map(([column, cell]) => [column, unquoted(cell)]),
    );
    const expect = (column: string, actual: unknown, wanted: unknown) => {
      if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
        problems.push(
          `${record.id}: ${column} is ${JSON.stringify(actual)}, JSON has ${JSON.stringify(wanted)}`,
        );
      }
    };
    for (const key of [
      'id',
      'url',
      'feed',
      'kind',
      'title',
      'text',
      'wording',
      'source',
    ] as const) {
      expect(key, row[key], record[key]);
    }
    expect('note', row.note, orEmpty(record.note));
    expect('report', row.report, orEmpty(record.report?.id));
    expect('report_url', row.report_url, orEmpty(record.report?.url));
    expect('made_in', row.made_in, orEmpty(record.madeIn?.id));
    expect(
      'addressed_to',
      list(row.addressed_to),
      record.addressedTo.map((organisation) => organisation.id),
    );
    expect('themes', list(row.themes), record.themes);
    expect('documents', list(row.documents), record.documents);
    expect(
      'paragraph_permalinks',
      lines(row.paragraph_permalinks),
      record.paragraphs.map((p) => p.permalink),
    );
    for (const [prefix, entry] of [
      ['latest_claimed', record.latestClaimed],
      ['latest_verified', record.latestVerified],
    ] as const) {
      expect(`${prefix}_status`, row[`${prefix}_status`], orEmpty(entry?.status));
      expect(`${prefix}_date`, row[`${prefix}_date`], orEmpty(entry?.date.date));
      expect(
        `${prefix}_date_precision`,
        row[`${prefix}_date_precision`],
        orEmpty(entry?.date.precision),
      );
      expect(`${prefix}_by`, row[`${prefix}_by`], orEmpty(entry?.assessor?.id));
      expect(`${prefix}_permalink`, row[`${prefix}_permalink`], orEmpty(entry?.permalink));
    }
    expect(
      'status_history',
      lines(row.status_history).map((line) => line.split(' | ')),
      record.statusHistory.map((entry) => [
        entry.date.date,
        entry.side,
        entry.status,
        entry.assessor?.id ?? '',
        entry.permalink,
      ]),
    );
    expect('last_update', row.last_update, orEmpty(record.lastUpdate?.date));
    expect(
      'last_update_precision',
      row.last_update_precision,
      orEmpty(record.lastUpdate?.precision),
    );
  });
  return problems;
}
