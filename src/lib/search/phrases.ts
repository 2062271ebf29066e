/**
 * Exact phrases: text in double quotes ("missing children"), typed straight or curly.
 * Pagefind 1.x matches a quoted phrase exactly itself; these helpers normalise curly
 * quotes (phones type them) and list the phrases so the result page can highlight each
 * phrase as a whole.
 */

/** Whether text has a letter or a digit: a word to search for, not only punctuation. */
export function hasWordCharacter(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Curly double quotes become straight ones, which Pagefind understands. */
export function normaliseQuotes(query: string): string {
  return query.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"');
}

/** The quoted phrases in a query, and the remaining loose words. */
export function splitPhrases(query: string): { phrases: string[]; words: string[] } {
  const phrases: string[] = [];
  const rest = normaliseQuotes(query).replace(/"([^"]*)"/g, (_match, phrase: string) => {
    const trimmed = phrase.trim().replace(/\s+/g, ' ');
    if (trimmed) phrases.push(trimmed);
    return ' ';
  });
  const words = rest.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
  return { phrases, words };
}

/** Terms to highlight on the page a result links to: each phrase whole, each loose word alone. */
export function highlightTerms(query: string): string[] {
  const { phrases, words } = splitPhrases(query);
  return [...phrases, ...words];
}

/** A piece of a phrase with no letter or digit in it: "&", "–", "/". */
const WORDLESS = /\s+[^\p{L}\p{N}\s]+\s+/u;

/**
 * Pagefind counts a word-less piece such as "&" as a place in the text but cannot match
 * it, so a quoted phrase holding one ("Fire & Rescue Services") finds nothing. Such a
 * phrase is searched by its longest part, exactly, and its other words loosely (they
 * rank results, as loose words do), and listed so the reader can be told.
 */
export function searchableQuery(query: string): { query: string; split: SplitPhrase[] } {
  const split: SplitPhrase[] = [];
  const rewritten = normaliseQuotes(query).replace(/"([^"]*)"/g, (whole, phrase: string) => {
    const parts = phrase
      .trim()
      .split(WORDLESS)
      .map((part) => part.trim())
      .filter(Boolean);
    if (parts.length < 2) return whole;
    const longest = parts.reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a));
    const others = parts.filter((part) => part !== longest);
    const wordless = WORDLESS.exec(phrase)?.[0].trim() ?? '';
    split.push({ phrase: phrase.trim(), wordless, exact: longest, loose: others });
    return `"${longest}" ${others.join(' ')}`;
  });
  return { query: rewritten, split };
}

export interface SplitPhrase {
  /** The phrase as typed. */
  phrase: string;
  /** Its first word-less piece, which it could not be searched with ("&"). */
  wordless: string;
  /** The part searched exactly. */
  exact: string;
  /** The parts searched as loose words. */
  loose: string[];
}
