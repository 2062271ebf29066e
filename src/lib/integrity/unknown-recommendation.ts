/**
 * What an author is told for a recommendation id that does not exist, wherever it is
 * written (an `<Addresses>` in a body, an assessment in the frontmatter): the same words,
 * and the ids nearest it.
 */
import { didYouMean, idsToSuggest } from './nearest';

export function unknownRecommendation(id: string, ids: ReadonlySet<string>): string {
  return `There is no recommendation "${id}".${didYouMean(ids, id)} Write the id of one in content/recommendations/ (without .yaml): ${idsToSuggest(ids, id)}.`;
}
