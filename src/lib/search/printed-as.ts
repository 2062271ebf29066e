/**
 * How a document prints a quoted phrase that it does not hold exactly as typed, when the
 * difference is only punctuation: the same words, in the same order, within one paragraph
 * ("inspection took place, this report" for "inspection took place this report"). A
 * journalist checking a quote is shown what to quote, not only told it is not word for
 * word. Words with other endings, or split by a new paragraph or block, give nothing.
 */
/** A word with only its letters and digits, in lower case: what punctuation cannot change. */
function bare(word: string): string {
  return word.toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * @param words the result's text, split at spaces (excerpt.ts `contentWords`)
 * @param blockStarts where each paragraph or heading starts, as word places (its anchors)
 */
export function printedAs(
  words: readonly string[],
  blockStarts: readonly number[],
  phrase: string,
): string | undefined {
  const wanted = phrase.split(/\s+/).map(bare).filter(Boolean);
  if (wanted.length === 0) return undefined;
  const bareWords = words.map(bare);
  for (let at = 0; at + wanted.length <= words.length; at += 1) {
    const end = at + wanted.length;
    if (wanted.some((word, offset) => bareWords[at + offset] !== word)) continue;
    // A block's end mark (block-end.ts) is a word of its own with no letters, so it never
    // matches: only a new paragraph's start can fall between the words.
    if (blockStarts.some((start) => start > at && start < end)) continue;
    // The words themselves, without the punctuation before the first or after the last.
    return words
      .slice(at, end)
      .join(' ')
      .replace(/^[^\p{L}\p{N}]+/u, '')
      .replace(/[^\p{L}\p{N}]+$/u, '');
  }
  return undefined;
}
