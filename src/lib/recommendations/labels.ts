/** How tracked items and their statuses are named to readers. */
import type { RecommendationKind } from '../../schemas/recommendation';
import { ASSESSMENT_STATUS_LABEL } from '../../schemas/assessment';
import type { AssessmentRecord } from './status';

export const KIND_LABEL: Record<RecommendationKind, string> = {
  recommendation: 'Recommendation',
  'area-for-improvement': 'Area for improvement',
  'cause-of-concern': 'Cause of concern',
  'area-for-focus': 'Area still needing focus',
  topic: 'Topic of the report’s recommendations',
  commitment: 'Commitment made in a response',
};

/** The name of whoever made an assessment, e.g. "HMICFRS" or "Philip Wilkinson". */
export function assessorName(record: AssessmentRecord): string {
  if (!record.assessor) return 'Unknown';
  if (record.assessor.kind === 'person') return record.assessor.entry.data.name;
  return record.assessor.entry.data.shortName ?? record.assessor.entry.data.name;
}

export function statusLabel(record: AssessmentRecord): string {
  return ASSESSMENT_STATUS_LABEL[record.status];
}
