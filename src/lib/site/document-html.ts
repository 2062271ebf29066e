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

const madeInMaps = new WeakMap<
  readonly Entry<Recommendation>[],
  ReadonlyMap<string, ReadonlySet<string>>
>();

/**
 * The tracked items each document made (a response's commitments), by document id,
 * built once per build: filtering every item for every page is quadratic at scale.
 */
export function itemsMadeIn(
  recommendations: readonly Entry<Recommendation>[],
): ReadonlyMap<string, ReadonlySet<string>> {
  let made = madeInMaps.get(recommendations);
  if (!made) {
    const byDocument = new Map<string, Set<string>>();
    for (const rec of recommendations) {
      if (rec.data.madeIn === undefined) continue;
      const ids = byDocument.get(rec.data.madeIn) ?? new Set<string>();
      byDocument.set(rec.data.madeIn, ids.add(rec.id));
    }
    made = byDocument;
    madeInMaps.set(recommendations, made);
  }
  return made;
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
  /** The tracked items this document made (a response's commitments), by id. */
  madeHere?: ReadonlySet<string>;
  type: DocumentType;
  /** The site's base path; Astro's when not given. */
  base?: string;
}

export function finishDocumentHtml(
  html: string,
  { titles, kinds, madeHere, type, base }: DocumentHtmlContext,
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
    const items = ids.map((id) => ({
      kind: kinds.get(id) ?? 'recommendation',
      madeHere: madeHere?.has(id) ?? false,
    }));
    return `${open}${addressesLabel(items, type === 'report')}${links}`;
  });
  return rebaseHtml(worded, base);
}
