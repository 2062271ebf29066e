/**
 * Final touches to a document's compiled HTML at page-render time: things the compiler
 * cannot know because they live in other files (recommendation titles) or in the site's
 * configuration (the base path). Kept out of the compiler so editing a recommendation
 * does not invalidate every cached document.
 */
import { rebaseHtml } from './urls';
import type { Entry } from './types';
import type { Recommendation } from '../../schemas/recommendation';
import { escapeMarkup } from '../text/escape-markup';

const titleMaps = new WeakMap<readonly Entry<Recommendation>[], ReadonlyMap<string, string>>();

/** Recommendation titles by id, built once per build rather than once per page. */
export function recommendationTitles(
  recommendations: readonly Entry<Recommendation>[],
): ReadonlyMap<string, string> {
  let titles = titleMaps.get(recommendations);
  if (!titles) {
    titles = new Map(recommendations.map((rec) => [rec.id, rec.data.title]));
    titleMaps.set(recommendations, titles);
  }
  return titles;
}

export function finishDocumentHtml(
  html: string,
  recommendationTitles: ReadonlyMap<string, string>,
  base?: string,
): string {
  const labelled = html.replace(
    /(<a [^>]*data-recommendation-link="([^"]+)"[^>]*>)[^<]*(<\/a>)/g,
    (match, open: string, id: string, close: string) => {
      const title = recommendationTitles.get(id);
      return title === undefined ? match : `${open}${escapeMarkup(title)}${close}`;
    },
  );
  return rebaseHtml(labelled, base);
}
