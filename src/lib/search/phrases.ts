/**
 * Exact phrases: text in double quotes ("missing children"), typed straight or curly.
 * Pagefind 1.x matches a quoted phrase exactly itself; these helpers normalise curly
 * quotes (phones type them) and list the phrases so the result page can highlight each
 * phrase as a whole.
 */

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
