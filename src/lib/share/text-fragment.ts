/**
 * Links to an exact quote with a text fragment (`#p3:~:text=…`, see
 * https://wicg.github.io/scroll-to-text-fragment/). The paragraph's own anchor comes
 * first, so a browser without text fragments, or a quote that no longer matches, still
 * lands on the right paragraph.
 */

/** A quote longer than this is linked by its first and last words (`text=start,end`). */
const LONG_QUOTE = 120;
const EDGE_WORDS = 6;

/** Percent-encodes a text directive part: `-`, `,` and `&` have meaning in the syntax. */
export function encodeTextDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** The fragment for a selected quote, or undefined when the selection has no words. */
export function textFragment(quote: string, paragraphId?: string): string | undefined {
  const words = quote.replace(/\s+/g, ' ').trim();
  if (words === '') return undefined;
  const prefix = paragraphId ? `#${paragraphId}` : '#';
  const list = words.split(' ');
  const directive =
    words.length > LONG_QUOTE && list.length > EDGE_WORDS * 2
      ? `${encodeTextDirectivePart(list.slice(0, EDGE_WORDS).join(' '))},${encodeTextDirectivePart(list.slice(-EDGE_WORDS).join(' '))}`
      : encodeTextDirectivePart(words);
  return `${prefix}:~:text=${directive}`;
}

/**
 * The fragment for a quote that runs from one paragraph into another: a text match
 * cannot cross paragraphs, so it is given by the first words of its first part and the
 * last words of its last (`text=start,end`), from the paragraph where it starts.
 */
export function spanningTextFragment(
  first: string,
  last: string,
  paragraphId?: string,
): string | undefined {
  const [head, tail] = [first, last].map((part) => part.replace(/\s+/g, ' ').trim());
  if (!head || !tail) return undefined;
  const start = encodeTextDirectivePart(head.split(' ').slice(0, EDGE_WORDS).join(' '));
  const end = encodeTextDirectivePart(tail.split(' ').slice(-EDGE_WORDS).join(' '));
  return `${paragraphId ? `#${paragraphId}` : '#'}:~:text=${start},${end}`;
}

/** A full link to a fragment of a page; `pageUrl` loses any fragment it had. */
export function linkToFragment(pageUrl: string, fragment: string): string {
  return `${pageUrl.split('#')[0]}${fragment}`;
}

/** A full link to the quote on a page; `pageUrl` loses any fragment it had. */
export function quoteUrl(pageUrl: string, quote: string, paragraphId?: string): string | undefined {
  const fragment = textFragment(quote, paragraphId);
  return fragment && linkToFragment(pageUrl, fragment);
}
