/**
 * Which deadlines a document's page shows: a report shows the clocks it starts; a
 * response shows the clocks of the reports it answers; a statement shows them only if
 * it fulfils one of their duties. Each clock lists the documents that answer it, with
 * their timing, and the report's other responses that could lead to it (`leadsTo`): a
 * reply that is not recorded as the duty's (an MP's statement carrying the PCC's words,
 * say) is still the reader's lead.
 */
import {
  answersTo,
  clocksForReport,
  leadsTo,
  timing,
  type StatutoryClock,
  type Timing,
} from './statutory-clocks';
import { reportById, respondersTo } from '../site/documents';
import type { Entry, ReportDocument, SiteDocument } from '../site/types';
import type { Organisation } from '../../schemas/organisation';

export interface ClockAnswer {
  doc: SiteDocument;
  timing: Timing;
}

export interface ClockView {
  clock: StatutoryClock;
  answers: ClockAnswer[];
  /** Documents that respond to the report, could lead to this duty, and are not recorded as meeting it. */
  otherResponses: SiteDocument[];
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
  return clocks.map((clock) => {
    const answers = answersTo(clock, documents);
    return {
      clock,
      answers: answers.map((answer) => ({
        doc: answer,
        timing: timing(clock, answer.data.published),
      })),
      otherResponses: respondersTo(documents, clock.report.id).filter(
        (responder) => !answers.includes(responder) && leadsTo(clock, responder),
      ),
    };
  });
}
