/**
 * On a document opened from a search result (`?highlight=THRIVE#p6`), marks the search
 * words in the document's text with Pagefind's highlighter. The highlighter (about
 * 10 KB) is fetched only when the address asks for it, so ordinary visits load nothing.
 */
import { withBase } from '../../site/urls';
import { HIGHLIGHT_PARAM } from '../pagefind-api';

interface HighlightModule {
  default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

export async function highlightSearchWords(): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  try {
    const module = (await import(
      /* @vite-ignore */ withBase('/pagefind/pagefind-highlight.js')
    )) as HighlightModule;
    // addStyles: false, because it would add an inline <style>, which the Content Security Policy forbids; site.css styles the marks.
    new module.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  } catch {
    // Highlighting is a convenience: the page and its permalink work without it.
  }
}
