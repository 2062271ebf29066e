/**
 * Which deadlines a document's page shows: a report shows the clocks it starts; a
 * response shows the clocks of the reports it answers; a statement shows them only if
 * it fulfils one of their duties. Each clock lists the documents that answer it, with
 * their timing.
 */
import {
  answersTo,
  clocksForReport,
  timing,
  type StatutoryClock,
  type Timing,
} from './statutory-clocks';
import { reportById } from '../site/documents';
import type { Entry, ReportDocument, SiteDocument } from '../site/types';
import type { Organisation } from '../../schemas/organisation';

export interface ClockAnswer {
  doc: SiteDocument;
  timing: Timing;
}

export interface ClockView {
  clock: StatutoryClock;
  answers: ClockAnswer[];
}

export function clocksForDocument(
  doc: SiteDocument,
  documents: readonly SiteDocument[],
  organisations: readonly Entry<Organisation>[],
): ClockView[] {
  const reports: ReportDocument[] =
    doc.type === 'report'
      ? [doc]
      : doc.data.respondsTo.flatMap((id) => reportById(documents, id) ?? []);
  const clocks = reports
    .flatMap((report) => clocksForReport(report, organisations))
    .filter((clock) => doc.type !== 'statement' || doc.data.statutoryDuty === clock.duty);
  return clocks.map((clock) => ({
    clock,
    answers: answersTo(clock, documents).map((answer) => ({
      doc: answer,
      timing: timing(clock, answer.data.published),
    })),
  }));
}
