/**
 * A text fragment matches whole words only (a match must be "word bounded":
 * https://wicg.github.io/scroll-to-text-fragment/), so a link to a selection that starts or
 * ends inside a word ("…invest in enhanced tr") highlights nothing. The quote is widened to
 * the whole words at its ends before it is linked.
 */

/** Letters, digits and combining marks, and the apostrophes inside words ("Commissioner’s"). */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}'’]/u;

const isWordCharacter = (text: string, index: number): boolean =>
  index >= 0 && index < text.length && WORD_CHARACTER.test(text.charAt(index));

/** Where the word around `index` starts; `index` itself when it is not inside a word. */
export function wordStart(text: string, index: number): number {
  let start = index;
  while (isWordCharacter(text, start - 1) && isWordCharacter(text, start)) start -= 1;
  return start;
}

/** Where the word around `index` ends; `index` itself when it is not inside a word. */
export function wordEnd(text: string, index: number): number {
  let end = index;
  while (isWordCharacter(text, end - 1) && isWordCharacter(text, end)) end += 1;
  return end;
}

/** The words the reader selected, widened to whole words where it begins or ends in one. */
export function selectedWholeWords(selection: Selection): string {
  const selected = selection.toString();
  if (selection.rangeCount === 0) return selected;
  return wholeWords(selection.getRangeAt(0), selected);
}

/** The words of a range (`selected`: its text as shown), widened to whole words at its ends. */
export function wholeWords(range: AbstractRange, selected: string): string {
  const { start, end } = wholeWordOffsets(range);
  const before = textOf(range.startContainer).slice(start, range.startOffset);
  const after = textOf(range.endContainer).slice(range.endOffset, end);
  return `${before}${selected}${after}`;
}

/**
 * Where a range would start and end widened to whole words: offsets in its start and end
 * containers, as its own are.
 */
export function wholeWordOffsets(range: AbstractRange): { start: number; end: number } {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  return {
    start: wordStart(textOf(startContainer), startOffset),
    end: wordEnd(textOf(endContainer), endOffset),
  };
}

/** Only a text node can be cut inside a word; an element's offsets fall between its nodes. */
function textOf(node: Node): string {
  return node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
}
