/** How tracked items and their statuses are named to readers. */
import type { RecommendationKind } from '../../schemas/recommendation';
import { ASSESSMENT_STATUS_LABEL } from '../../schemas/assessment';
import type { AssessmentRecord } from './status';
import type { Organisation } from '../../schemas/organisation';

export const KIND_LABEL: Record<RecommendationKind, string> = {
  recommendation: 'Recommendation',
  'area-for-improvement': 'Area for improvement',
  'cause-of-concern': 'Cause of concern',
  'area-for-focus': 'Area still needing focus',
  topic: 'Topic of the report’s recommendations',
  commitment: 'Commitment made in a response',
};

/**
 * What the organisations in `addressedTo` are to a tracked item, as its page's label says.
 * A commitment is its maker's own promise (a PCC's to monitor the force, say): the force
 * is what it is about, not whom it asks to act.
 */
export function addressedToLabel(kind: RecommendationKind): string {
  return kind === 'commitment' ? 'About' : 'Addressed to';
}

/**
 * What its report is to a tracked item, as its page's label over the report says: a
 * commitment answers the report; anything else comes from it.
 */
export function reportLabel(kind: RecommendationKind): string {
  return kind === 'commitment' ? 'Answers' : 'From';
}

/**
 * The heading over what is addressed to an organisation (`name`), which may include
 * commitments about it (see addressedToLabel).
 */
export function addressedToHeading(kinds: readonly RecommendationKind[], name: string): string {
  const commitments = kinds.includes('commitment');
  const others = kinds.some((kind) => kind !== 'commitment');
  if (commitments && !others) return `Commitments about ${name}`;
  if (commitments) return `Recommendations addressed to ${name}, and commitments about it`;
  return `Recommendations addressed to ${name}`;
}

/**
 * The name of whoever made an assessment, e.g. "HMICFRS", or "Philip Wilkinson (OPCC)": a
 * person with the organisation they spoke for then, so that a column naming the
 * Commissioner for one year and his office for the next reads as one source.
 */
export function assessorName(record: AssessmentRecord): string {
  const { assessor } = record;
  if (!assessor) return 'Unknown';
  if (assessor.kind === 'organisation') return shortName(assessor.entry.data);
  const { organisation } = assessor;
  return organisation
    ? `${assessor.entry.data.name} (${shortName(organisation.data)})`
    : assessor.entry.data.name;
}

function shortName(organisation: Organisation): string {
  return organisation.shortName ?? organisation.name;
}

export function statusLabel(record: AssessmentRecord): string {
  return ASSESSMENT_STATUS_LABEL[record.status];
}
