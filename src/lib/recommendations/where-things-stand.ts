/**
 * The home page's answer to "has it been done?", in one sentence: how many of the tracked
 * recommendations the inspectorate has last found to be in each state, and how many it
 * has not yet checked. Only verified findings are counted: a claim is the force's or the
 * PCC's word, which each recommendation's page gives beside the inspectorate's. The status
 * words are this site's, not the inspectorate's (its 2023 review was not graded), so the
 * sentence says that we mark them, and does not quote them as if it were its wording.
 */
import { ASSESSMENT_STATUS_IDS, ASSESSMENT_STATUS_LABEL } from '../../schemas/assessment';
import { andList } from '../text/and-list';
import { countOf, wholeNumberText } from '../text/count-of';
import type { LatestStatus } from './status';

export function whereThingsStand(trails: readonly { latest: LatestStatus }[]): string {
  if (trails.length === 0) return 'No recommendation is tracked on this site yet.';
  const counts = new Map<string, number>();
  let unchecked = 0;
  for (const { latest } of trails) {
    if (!latest.verified) unchecked += 1;
    else counts.set(latest.verified.status, (counts.get(latest.verified.status) ?? 0) + 1);
  }
  const tracked = `${countOf(trails.length, 'recommendation, area for focus or commitment is', 'recommendations, areas for focus and commitments are')} tracked here.`;
  const found = ASSESSMENT_STATUS_IDS.flatMap((status) => {
    const count = counts.get(status);
    return count ? [`${wholeNumberText(count)} as ${ASSESSMENT_STATUS_LABEL[status]}`] : [];
  });
  const verified =
    found.length > 0 ? `From the inspectorate’s latest findings, we mark ${andList(found)}` : '';
  const notYet =
    unchecked === 0
      ? ''
      : unchecked === trails.length
        ? 'The inspectorate has not yet recorded a finding on the progress of any of them'
        : `for ${wholeNumberText(unchecked)} the inspectorate has recorded no finding on progress yet`;
  return [tracked, [verified, notYet].filter(Boolean).join('; ') + '.'].join(' ');
}
