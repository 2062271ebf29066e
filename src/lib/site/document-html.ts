/**
 * Final touches to a document's compiled HTML at page-render time: things the compiler
 * cannot know because they live in other files (recommendation titles) or in the site's
 * configuration (the base path). Kept out of the compiler so editing a recommendation
 * does not invalidate every cached document.
 */
import { rebaseHtml } from './urls';
import type { DocumentType, Entry } from './types';
import { ADDRESSES_LABEL } from '../markdown/addresses-label';
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

/**
 * A report's marked paragraphs say what it found about a recommendation (often its own),
 * not an answer to it, so on a report the compiler's "Addresses" label reads "Related".
 */
const REPORT_LABEL = {
  one: 'Related recommendation: ',
  many: 'Related recommendations: ',
} as const;

const ADDRESSES_NOTE_LABEL = new RegExp(
  `(<p class="addresses-note"[^>]*>)(${ADDRESSES_LABEL.one}|${ADDRESSES_LABEL.many})`,
  'g',
);

export interface DocumentHtmlContext {
  /** Recommendation titles by id (recommendationTitles). */
  titles: ReadonlyMap<string, string>;
  type: DocumentType;
  /** The site's base path; Astro's when not given. */
  base?: string;
}

export function finishDocumentHtml(
  html: string,
  { titles, type, base }: DocumentHtmlContext,
): string {
  const labelled = html.replace(
    /(<a [^>]*data-recommendation-link="([^"]+)"[^>]*>)[^<]*(<\/a>)/g,
    (match, open: string, id: string, close: string) => {
      const title = titles.get(id);
      return title === undefined ? match : `${open}${escapeMarkup(title)}${close}`;
    },
  );
  const worded =
    type === 'report'
      ? labelled.replace(
          ADDRESSES_NOTE_LABEL,
          (_match, open: string, label: string) =>
            `${open}${label === ADDRESSES_LABEL.many ? REPORT_LABEL.many : REPORT_LABEL.one}`,
        )
      : labelled;
  return rebaseHtml(worded, base);
}
