/**
 * The mark the search edition puts at the end of a block that ends without a full stop
 * (a heading, a list item, a table cell, a paragraph ending in a quotation mark), where
 * Pagefind would otherwise add one of its own: it ends every such block with ".", so
 * search excerpts showed "What still needs focus. missing children." and 'children.".',
 * punctuation no author wrote, beside quotes a journalist may copy. The mark is a
 * character of Unicode's private use area, which no document uses and Pagefind does not
 * index as a word but counts as a place, so a quoted phrase no longer matches across
 * those blocks either. Excerpts show it as " / " (excerpt.ts), and the labels taken from
 * headings leave it out (sub-results.ts).
 */
export const BLOCK_END = '\uE000';

/** Text with block-end marks removed: a heading's own words, for a label. */
export function withoutBlockEnds(text: string): string {
  return text.replaceAll(BLOCK_END, '').replace(/\s+/g, ' ').trim();
}
