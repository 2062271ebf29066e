/**
 * Final touches to a document's compiled HTML at page-render time: things the compiler
 * cannot know because they live in other files (recommendation titles) or in the site's
 * configuration (the base path). Kept out of the compiler so editing a recommendation
 * does not invalidate every cached document.
 */
import { rebaseHtml } from './urls';
import type { DocumentType, Entry } from './types';
import { ADDRESSES_LABEL, addressesLabel } from '../markdown/addresses-label';
import type { Recommendation, RecommendationKind } from '../../schemas/recommendation';
import { escapeMarkup } from '../text/escape-markup';

const kindMaps = new WeakMap<
  readonly Entry<Recommendation>[],
  ReadonlyMap<string, RecommendationKind>
>();

/** What each tracked item is, by id, built once per build rather than once per page. */
export function recommendationKinds(
  recommendations: readonly Entry<Recommendation>[],
): ReadonlyMap<string, RecommendationKind> {
  let kinds = kindMaps.get(recommendations);
  if (!kinds) {
    kinds = new Map(recommendations.map((rec) => [rec.id, rec.data.kind]));
    kindMaps.set(recommendations, kinds);
  }
  return kinds;
}

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

/** A marked paragraph's note: its opening tag, the compiler's label, then its links. */
const ADDRESSES_NOTE = new RegExp(
  `(<p class="addresses-note"[^>]*>)(?:${ADDRESSES_LABEL.one}|${ADDRESSES_LABEL.many})((?:(?!</p>).)*)`,
  'gs',
);

export interface DocumentHtmlContext {
  /** Recommendation titles by id (recommendationTitles). */
  titles: ReadonlyMap<string, string>;
  /** What each tracked item is, by id (recommendationKinds). */
  kinds: ReadonlyMap<string, RecommendationKind>;
  type: DocumentType;
  /** The site's base path; Astro's when not given. */
  base?: string;
}

export function finishDocumentHtml(
  html: string,
  { titles, kinds, type, base }: DocumentHtmlContext,
): string {
  const labelled = html.replace(
    /(<a [^>]*data-recommendation-link="([^"]+)"[^>]*>)[^<]*(<\/a>)/g,
    (match, open: string, id: string, close: string) => {
      const title = titles.get(id);
      return title === undefined ? match : `${open}${escapeMarkup(title)}${close}`;
    },
  );
  const worded = labelled.replace(ADDRESSES_NOTE, (_match, open: string, links: string) => {
    const ids = [...links.matchAll(/data-recommendation-link="([^"]+)"/g)].map(([, id]) => id!);
    const noteKinds = ids.map((id) => kinds.get(id) ?? 'recommendation');
    return `${open}${addressesLabel(noteKinds, type === 'report')}${links}`;
  });
  return rebaseHtml(worded, base);
}
