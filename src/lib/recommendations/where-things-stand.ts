/**
 * The home page's answer to "has it been done?", in two sentences: what is tracked, by
 * kind; how many items the inspectorate has last found to be in each state, and for how
 * many no finding of its on their progress since they were set is recorded here. Only
 * verified findings are counted: a claim is the force's or the PCC's word, which each
 * recommendation's page gives beside the inspectorate's. The status
 * words are this site's, not the inspectorate's (its 2023 review was not graded), so the
 * sentence says that we mark them, and does not quote them as if it were its wording.
 */
import { ASSESSMENT_STATUS_IDS, ASSESSMENT_STATUS_LABEL } from '../../schemas/assessment';
import { RECOMMENDATION_KINDS, type RecommendationKind } from '../../schemas/recommendation';
import { KIND_NOUN } from '../markdown/addresses-label';
import { andList } from '../text/and-list';
import { capitalised } from '../text/capitalised';
import { countOf, wholeNumberText } from '../text/count-of';
import type { LatestStatus } from './status';

interface TrackedItem {
  latest: LatestStatus;
  recommendation: { data: { kind: RecommendationKind } };
}

export function whereThingsStand(trails: readonly TrackedItem[]): string {
  if (trails.length === 0) return 'No recommendation is tracked on this site yet.';
  const counts = new Map<string, number>();
  let unchecked = 0;
  for (const { latest } of trails) {
    if (!latest.verified) unchecked += 1;
    else counts.set(latest.verified.status, (counts.get(latest.verified.status) ?? 0) + 1);
  }
  const found = ASSESSMENT_STATUS_IDS.flatMap((status) => {
    const count = counts.get(status);
    return count ? [`${wholeNumberText(count)} as ${ASSESSMENT_STATUS_LABEL[status]}`] : [];
  });
  const verified =
    found.length > 0 ? `From the inspectorate’s latest findings, we mark ${andList(found)}` : '';
  // "On this site": that none is recorded here does not mean the inspectorate found nothing.
  const notYet =
    unchecked === 0
      ? ''
      : unchecked === trails.length
        ? 'No inspectorate finding on the progress of any of them since they were set is recorded on this site yet'
        : `for ${wholeNumberText(unchecked)} no inspectorate finding on their progress since they were set is recorded on this site yet`;
  const sentence = [verified, notYet].filter(Boolean).join('; ');
  return `${tracked(trails)} ${capitalised(sentence)}.`;
}

/**
 * What is tracked, by kind: most items on a site that cannot quote a report are topics
 * of its recommendations, areas for focus or commitments, and calling them all
 * "recommendations" would claim more than the site knows.
 */
function tracked(trails: readonly TrackedItem[]): string {
  const kinds = RECOMMENDATION_KINDS.flatMap((kind) => {
    const count = trails.filter((trail) => trail.recommendation.data.kind === kind).length;
    return count ? [countOf(count, KIND_NOUN[kind].one, KIND_NOUN[kind].many)] : [];
  });
  return `This site tracks ${andList(kinds)}.`;
}
