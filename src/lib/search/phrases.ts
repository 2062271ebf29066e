/**
 * Exact phrases: text in double quotes ("missing children"), typed straight or curly.
 * Pagefind 1.x matches a quoted phrase exactly itself; these helpers normalise curly
 * quotes (phones type them) and list the phrases, which are searched, checked and
 * highlighted each as a whole.
 */

/** Whether text has a letter or a digit: a word to search for, not only punctuation. */
export function hasWordCharacter(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Curly double quotes become straight ones, which Pagefind understands. */
export function normaliseQuotes(query: string): string {
  return query.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"');
}

/**
 * Whether a quotation mark has no partner: it marks no phrase, and the words after it are
 * searched one by one (splitPhrases), which the reader is told.
 */
export function hasUnpairedQuote(query: string): boolean {
  return (normaliseQuotes(query).match(/"/g)?.length ?? 0) % 2 === 1;
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

/** A piece of a phrase with no letter or digit in it: "&", "–", "/". */
const WORDLESS = /\s+[^\p{L}\p{N}\s]+\s+/u;

/** A quoted phrase, and the parts of it Pagefind can match exactly. */
export interface QuotedPhrase {
  /** The phrase as typed, spaces tidied. */
  phrase: string;
  /** Its parts between word-less pieces; the phrase itself when it has none. */
  pieces: string[];
  /** Its first word-less piece ("&"), when it has one and so was searched in parts. */
  wordless?: string;
}

/**
 * The query's quoted phrases with the parts of each Pagefind can search. Pagefind counts
 * a word-less piece such as "&" as a place in the text but cannot match it, so a phrase
 * holding one ("Fire & Rescue Services") would find nothing: it is searched as its parts,
 * each exactly ("Fire", "Rescue Services"), and the reader is told (search-status.ts).
 * A phrase of no words ("&") is left out.
 */
export function quotedPhrases(query: string): QuotedPhrase[] {
  return splitPhrases(query).phrases.flatMap((phrase) => {
    const pieces = ` ${phrase} `
      .split(WORDLESS)
      .map((piece) => piece.trim())
      .filter(hasWordCharacter);
    if (pieces.length === 0) return [];
    const wordless = WORDLESS.exec(` ${phrase} `)?.[0].trim();
    return [pieces.length > 1 && wordless ? { phrase, pieces, wordless } : { phrase, pieces }];
  });
}
