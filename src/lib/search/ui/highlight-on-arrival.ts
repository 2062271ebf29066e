/**
 * On a document opened from a search result (`?highlight=THRIVE#p6`), marks the search
 * words in the document's text with Pagefind's highlighter. The highlighter (about
 * 10 KB) is fetched only when the address asks for it, so ordinary visits load nothing.
 *
 * A reader types a straight apostrophe ("hasn't") where most documents print a curly one
 * ("hasn’t"). Pagefind finds the document either way, so its highlighter is told the two
 * are the same character (mark.js's `synonyms`); without that, the quote a journalist
 * searched for was found but never marked on the page.
 *
 * Only whole words are marked, so "HMIC" is not marked inside "HMICFRS" (mark.js's
 * `exactly`, with the word edges the search page trims its words at: highlight-words.ts).
 * The search page asks for each word as the document prints it there.
 *
 * mark.js joins elements' texts with nothing between them. In the document's text a quoted
 * phrase runs across elements (the glossary's link around "PCC" in "PCC Philip Wilkinson
 * responds"), and its blocks are written a line apart, so marks there may cross elements.
 * The page's title and details are written with no space between elements, and words at
 * their edges ran into the next ("PoliceType") and were not whole words: marks there stay
 * within one element's text.
 *
 * Once the words are marked, the address bar drops `?highlight=…` and keeps the paragraph's
 * anchor: what a reader copies from it to share is then the paragraph's permalink, not a
 * link that carries their search words.
 */
import { withBase } from '../../site/urls';
import { WORD_EDGES } from '../highlight-words';
import { HIGHLIGHT_PARAM } from '../pagefind-api';

interface MarkOptions {
  className: string;
  exclude: string[];
  synonyms: Record<string, string>;
  accuracy: { value: 'exactly'; limiters: readonly string[] };
  acrossElements: boolean;
}

interface HighlightModule {
  default: new (options: {
    highlightParam: string;
    markContext: string;
    addStyles: boolean;
    markOptions: MarkOptions;
  }) => unknown;
}

/** The document's own text, and the rest of what search indexes: its title and details. */
const MARKED_PARTS = [
  { markContext: '.document-body', acrossElements: true },
  { markContext: '[data-pagefind-body] > :not(.document-body)', acrossElements: false },
];

export async function highlightSearchWords(): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  try {
    const module = (await import(
      /* @vite-ignore */ withBase('/pagefind/pagefind-highlight.js')
    )) as HighlightModule;
    // addStyles: false, because it would add an inline <style>, which the Content Security Policy forbids; site.css styles the marks.
    // markOptions replaces Pagefind's defaults whole, so its class and exclusions are repeated.
    for (const { markContext, acrossElements } of MARKED_PARTS)
      new module.default({
        highlightParam: HIGHLIGHT_PARAM,
        markContext,
        addStyles: false,
        markOptions: {
          className: 'pagefind-highlight',
          exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
          synonyms: { "'": '’' },
          accuracy: { value: 'exactly', limiters: WORD_EDGES },
          acrossElements,
        },
      });
  } catch {
    // Highlighting is a convenience: the page and its permalink work without it.
  } finally {
    history.replaceState(history.state, '', withoutHighlightParam(location.href));
  }
}

/** The address without the search words, its other parameters and anchor kept. */
export function withoutHighlightParam(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  return url.href;
}
