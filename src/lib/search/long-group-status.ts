/**
 * The status line of a long filter group (render-filters.ts): how many of its values are
 * shown and why, so a reader knows the column is not the whole group.
 */
import { countOf, wholeNumberText } from '../text/count-of';

export interface GroupNames {
  /** "organisation" */
  one: string;
  /** "organisations" */
  many: string;
}

/**
 * `total` values in the group, `shown` of the `candidates` (those matching `find`, the
 * words typed in the group's box, or else those with results) drawn besides the ticked.
 */
export function describeShown(
  names: GroupNames,
  total: number,
  shown: number,
  candidates: number,
  find: string,
): string {
  const { one, many } = names;
  if (find) {
    if (candidates === 0) return `No ${one} matches “${find}”.`;
    return shown < candidates
      ? `${wholeNumberText(shown)} of ${countOf(candidates, one, many)} matching “${find}”. Type more words to narrow them.`
      : `${countOf(candidates, one, many)} matching “${find}”.`;
  }
  // "None of the 1 organisation" and "1 of 1 organisation" do not read as English.
  if (total === 1)
    return candidates === 0
      ? `The one ${one} has no results here. Type to find it.`
      : `The one ${one} has results here.`;
  const all = countOf(total, one, many);
  if (candidates === 0) return `None of the ${all} has results here. Type to find one.`;
  return shown < candidates
    ? `${wholeNumberText(shown)} of ${all}: those with the most results. Type to find others.`
    : `${wholeNumberText(shown)} of ${all}: those with results. Type to find others.`;
}
