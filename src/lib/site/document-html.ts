/**
 * Final touches to a document's compiled HTML at page-render time: things the compiler
 * cannot know because they live in other files (recommendation titles) or in the site's
 * configuration (the base path). Kept out of the compiler so editing a recommendation
 * does not invalidate every cached document.
 */
import { rebaseHtml } from './urls';

export function finishDocumentHtml(
  html: string,
  recommendationTitles: ReadonlyMap<string, string>,
  base?: string,
): string {
  const labelled = html.replace(
    /(<a [^>]*data-recommendation-link="([^"]+)"[^>]*>)[^<]*(<\/a>)/g,
    (match, open: string, id: string, close: string) => {
      const title = recommendationTitles.get(id);
      return title === undefined ? match : `${open}${escapeHtml(title)}${close}`;
    },
  );
  return rebaseHtml(labelled, base);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
