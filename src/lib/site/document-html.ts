/**
 * Final touches to a document's compiled HTML at page-render time: things the compiler
 * cannot know because they live in other files (recommendation titles and kinds) or in the site's
 * configuration (the base path). Kept out of the compiler so editing a recommendation
 * does not invalidate every cached document.
 */
import { rebaseHtml } from './urls';
import type { DocumentType, Entry } from './types';
import { ADDRESSES_LABEL, addressesNote } from '../markdown/addresses-label';
import type { Recommendation } from '../../schemas/recommendation';
import { entryById } from './entry-by-id';
import { escapeMarkup } from '../text/escape-markup';

/** A marked paragraph's note: its opening tag, the compiler's label, then its links. */
const ADDRESSES_NOTE = new RegExp(
  `(<p class="addresses-note"[^>]*>)(?:${ADDRESSES_LABEL.one}|${ADDRESSES_LABEL.many})((?:(?!</p>).)*)`,
  'gs',
);

export interface DocumentHtmlContext {
  /** The site's tracked items, whose titles and kinds label the notes (looked up by entryById). */
  recommendations: readonly Entry<Recommendation>[];
  /** The document's id: a commitment it made (`madeIn`) is labelled as made here. */
  documentId: string;
  type: DocumentType;
  /** The site's base path; Astro's when not given. */
  base?: string;
}

export function finishDocumentHtml(
  html: string,
  { recommendations, documentId, type, base }: DocumentHtmlContext,
): string {
  const item = (id: string) => entryById(recommendations, id);
  const labelled = html.replace(
    /(<a [^>]*data-recommendation-link="([^"]+)"[^>]*>)[^<]*(<\/a>)/g,
    (match, open: string, id: string, close: string) => {
      const title = item(id)?.data.title;
      return title === undefined ? match : `${open}${escapeMarkup(title)}${close}`;
    },
  );
  const worded = labelled.replace(ADDRESSES_NOTE, (_match, open: string, links: string) => {
    const ids = [...links.matchAll(/data-recommendation-link="([^"]+)"/g)].map(([, id]) => id!);
    const noted = ids.map((id) => ({
      kind: item(id)?.data.kind ?? 'recommendation',
      madeHere: item(id)?.data.madeIn === documentId,
    }));
    const anchors = links.match(/<a\b.*?<\/a>/gs) ?? [];
    return `${open}${addressesNote(noted, anchors, type === 'report')}`;
  });
  return rebaseHtml(worded, base);
}
