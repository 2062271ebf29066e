/**
 * The words around a quote that single out its place on the page. A browser following a
 * text fragment goes to the first match of the quote's words on the whole page, so a
 * quote whose words are also earlier on it is linked with the words just before it in its
 * paragraph, and failing those, just after it (text-fragment.ts).
 */

/** A quote's place, as text: the page before its paragraph, and its paragraph around it. */
export interface QuoteSurroundings {
  /** The page's text before the quote's paragraph, its heading and navigation included. */
  earlier: string;
  /** The quote's paragraph before it. */
  before: string;
  /** The quote's paragraph after it. */
  after: string;
}

export interface QuoteContext {
  prefix: string;
  suffix: string;
}

/** Words taken each side at most: past this a quote's paragraph repeats another whole. */
const MOST_WORDS = 8;

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/**
 * Text as a browser compares it when matching a fragment: case ignored, and spaces too,
 * since the parts of a directive may touch ("child-" then "protection", or a quote then
 * its comma) as well as be apart.
 */
const comparable = (text: string): string => text.replace(/\s+/g, '').toLocaleLowerCase('en');

/**
 * The fewest words before `key` (then after it, when `suffix` is allowed) that keep its
 * first match on the page at its own place; none when it is already the first, or when
 * no words of its paragraph can make it so (the link is then as short as it can be).
 *
 * @param key the words the browser searches for first: the whole quote, or the start of
 *   a range (`start,end`), which only words before it can single out.
 */
export function quoteContext(
  key: string,
  { earlier, before, after }: QuoteSurroundings,
  { suffix: withSuffix }: { suffix: boolean },
): QuoteContext {
  const wordsBefore = wordsOf(before);
  const wordsAfter = withSuffix ? wordsOf(after) : [];
  // The page as far as the quote (and what follows it, for a suffix), and where in it the
  // quote starts: a link's words single the quote out when their first match is there.
  const page = comparable(`${earlier}${before}${key}${withSuffix ? after : ''}`);
  const quoteStart = comparable(`${earlier}${before}`).length;
  const attempt = (prefixWords: number, suffixWords: number): QuoteContext | undefined => {
    const prefix = wordsBefore.slice(wordsBefore.length - prefixWords).join(' ');
    const suffix = wordsAfter.slice(0, suffixWords).join(' ');
    const match = comparable(`${prefix}${key}${suffix}`);
    const start = quoteStart - comparable(prefix).length;
    return page.indexOf(match) === start ? { prefix, suffix } : undefined;
  };
  const mostBefore = Math.min(MOST_WORDS, wordsBefore.length);
  for (let count = 0; count <= mostBefore; count += 1) {
    const found = attempt(count, 0);
    if (found) return found;
  }
  for (let count = 1; count <= Math.min(MOST_WORDS, wordsAfter.length); count += 1) {
    const found = attempt(mostBefore, count);
    if (found) return found;
  }
  return { prefix: '', suffix: '' };
}
