/** How tracked items and their statuses are named to readers. */
import { RECOMMENDATION_KINDS, type RecommendationKind } from '../../schemas/recommendation';
import { KIND_NOUN } from '../markdown/addresses-label';
import { andList } from '../text/and-list';
import { capitalised } from '../text/capitalised';
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
 * Whether a report names whom a tracked item of this kind asks to act. A recommendation,
 * area for improvement or cause of concern is addressed to someone. The rest are about an
 * organisation: a topic or an area still needing focus is what a report on a force said
 * of it, without the wording that would say whom it asks (our sources do not give it),
 * and a commitment is its maker's own promise (a PCC's to monitor the force, say).
 */
function isAddressed(kind: RecommendationKind): boolean {
  return (
    kind === 'recommendation' || kind === 'area-for-improvement' || kind === 'cause-of-concern'
  );
}

/** What the organisations in `addressedTo` are to a tracked item, as its page's label says. */
export function addressedToLabel(kind: RecommendationKind): string {
  return isAddressed(kind) ? 'Addressed to' : 'About';
}

/**
 * What its report is to a tracked item, as its page's label over the report says: a
 * commitment answers the report; anything else comes from it.
 */
export function reportLabel(kind: RecommendationKind): string {
  return kind === 'commitment' ? 'Answers' : 'From';
}

/**
 * The heading over what is addressed to an organisation (`name`) or about it, each kind
 * named (see addressedToLabel): "Recommendations addressed to Wiltshire Police, and
 * recommendation topics and commitments about it".
 */
export function addressedToHeading(kinds: readonly RecommendationKind[], name: string): string {
  const present = RECOMMENDATION_KINDS.filter((kind) => kinds.includes(kind));
  const nouns = (addressed: boolean) =>
    andList(
      present.filter((kind) => isAddressed(kind) === addressed).map((kind) => KIND_NOUN[kind].many),
    );
  const [addressed, about] = [nouns(true), nouns(false)];
  if (!about) return `${capitalised(addressed)} addressed to ${name}`;
  if (!addressed) return `${capitalised(about)} about ${name}`;
  return `${capitalised(addressed)} addressed to ${name}, and ${about} about it`;
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
