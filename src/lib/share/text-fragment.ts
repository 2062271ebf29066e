/**
 * Links to an exact quote with a text fragment (`#p3:~:text=…`, see
 * https://wicg.github.io/scroll-to-text-fragment/). The paragraph's own anchor comes
 * first, so a browser without text fragments, or a quote that no longer matches, still
 * lands on the right paragraph.
 *
 * A browser that follows a text fragment ignores the anchor and goes to the first match
 * on the page: a quote whose words are also earlier on the page ("domestic abuse") would
 * open at the earlier place. Such a quote is linked with the words just before it in its
 * paragraph, or after it, as many as make the match the only one (`text=prefix-,quote`).
 */
import { quoteContext, type QuoteSurroundings } from './quote-context';

/** A quote longer than this is linked by its first and last words (`text=start,end`). */
const LONG_QUOTE = 120;
const EDGE_WORDS = 6;

/** Percent-encodes a text directive part: `-`, `,` and `&` have meaning in the syntax. */
export function encodeTextDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `text=` with the words around the quote, when they are needed to tell it apart. */
function directive(start: string, end: string | undefined, around?: QuoteSurroundings): string {
  // A range (`start,end`) is found from its start: only words before it can single it out.
  const { prefix, suffix } = around
    ? quoteContext(start, around, { suffix: end === undefined })
    : { prefix: '', suffix: '' };
  return [
    prefix && `${encodeTextDirectivePart(prefix)}-`,
    encodeTextDirectivePart(start),
    end !== undefined && encodeTextDirectivePart(end),
    suffix && `-${encodeTextDirectivePart(suffix)}`,
  ]
    .filter(Boolean)
    .join(',');
}

/**
 * The fragment for a selected quote, or undefined when the selection has no words.
 *
 * @param around the quote's paragraph before and after it, and the page's text: without
 *   them the quote is linked by its own words alone.
 */
export function textFragment(
  quote: string,
  paragraphId?: string,
  around?: QuoteSurroundings,
): string | undefined {
  const words = squeeze(quote);
  if (words === '') return undefined;
  const list = words.split(' ');
  const text =
    words.length > LONG_QUOTE && list.length > EDGE_WORDS * 2
      ? directive(list.slice(0, EDGE_WORDS).join(' '), list.slice(-EDGE_WORDS).join(' '), around)
      : directive(words, undefined, around);
  return `${paragraphId ? `#${paragraphId}` : '#'}:~:text=${text}`;
}

/**
 * The fragment for a quote that runs from one paragraph into another: a text match
 * cannot cross paragraphs, so it is given by the first words of its first part and the
 * last words of its last (`text=start,end`), from the paragraph where it starts.
 *
 * @param around the first part's paragraph before it, and the page's text.
 */
export function spanningTextFragment(
  first: string,
  last: string,
  paragraphId?: string,
  around?: QuoteSurroundings,
): string | undefined {
  const [head, tail] = [first, last].map(squeeze);
  if (!head || !tail) return undefined;
  const start = head.split(' ').slice(0, EDGE_WORDS).join(' ');
  const end = tail.split(' ').slice(-EDGE_WORDS).join(' ');
  return `${paragraphId ? `#${paragraphId}` : '#'}:~:text=${directive(start, end, around)}`;
}

/** A full link to a fragment of a page; `pageUrl` loses any fragment it had. */
export function linkToFragment(pageUrl: string, fragment: string): string {
  return `${pageUrl.split('#')[0]}${fragment}`;
}

/** A full link to the quote on a page; `pageUrl` loses any fragment it had. */
export function quoteUrl(
  pageUrl: string,
  quote: string,
  paragraphId?: string,
  around?: QuoteSurroundings,
): string | undefined {
  const fragment = textFragment(quote, paragraphId, around);
  return fragment && linkToFragment(pageUrl, fragment);
}
