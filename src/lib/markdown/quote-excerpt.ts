/**
 * How much of a marked paragraph a recommendation's page and briefing quote: a whole
 * paragraph of the documents published so far (the longest marked one is under 500
 * characters). Cut at 200, excerpts stopped before the words that made the paragraph
 * worth marking ("training on the voice…"); a longer block is still cut, and the quote
 * links to the rest.
 */
export const CROSS_LINK_QUOTE_LENGTH = 600;

/** The opening words of a paragraph, cut at a word boundary, for quoting it elsewhere. */
export function quoteExcerpt(text: string, maxLength = CROSS_LINK_QUOTE_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
