/**
 * Finds paragraphs whose published words moved to another number: a paragraph put in
 * above them, taken out, or the order changed. Every `#pN` still exists, so the anchor
 * check passes, but links people shared now land on other words. Words corrected in
 * place are fine (their old fingerprint is nowhere on the page any more), and so are
 * paragraphs added after the last one.
 */
import type { ContentProblem } from '../markdown/content-error';
import type { ParagraphWordsMap } from './paragraph-words';
import { naturalOrder } from './places';

export interface RenumberingInput {
  recorded: ParagraphWordsMap;
  published: ParagraphWordsMap;
  /** The words now at an anchor of a built page, to quote them. */
  wordsAt: (path: string, anchor: string) => string | undefined;
  /** The content file a page is built from (relative to the project root), when known. */
  sourceOf: (path: string) => string | undefined;
  /** The manifest, named for pages without a content file of their own. */
  manifestFile: string;
}

/** One problem per renumbered page, at the first paragraph whose words moved. */
export function findRenumbering({
  recorded,
  published,
  wordsAt,
  sourceOf,
  manifestFile,
}: RenumberingInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [path, before] of recorded) {
    const now = published.get(path);
    if (!now) continue;
    const move = firstMovedParagraph(before, now);
    if (!move) continue;
    const words = wordsAt(path, move.to);
    const quoted = words ? ` ("${startOf(words)}")` : '';
    problems.push({
      file: sourceOf(path) ?? manifestFile,
      field: `${path}#${move.from}`,
      message:
        `The words published as #${move.from}${quoted} are now #${move.to}: the paragraphs were renumbered, so links already shared to #${move.from} land on other words. ` +
        `Put the paragraphs back in their published order and add new ones after the last (correcting words in place is fine). ` +
        `If the new order must stand (a paragraph of the original was left out by mistake), run npm run permalinks:record to accept it.`,
    });
  }
  return problems;
}

interface Move {
  from: string;
  to: string;
}

/** The first paragraph, in reading order, whose recorded words are now at another number. */
export function firstMovedParagraph(
  before: Map<string, string>,
  now: Map<string, string>,
): Move | undefined {
  const anchorsByPrint = new Map<string, string[]>();
  for (const [anchor, print] of now) {
    anchorsByPrint.set(print, [...(anchorsByPrint.get(print) ?? []), anchor]);
  }
  for (const [from, print] of naturally(before)) {
    const current = now.get(from);
    // Gone (the anchor check's business), or still the same words.
    if (current === undefined || current === print) continue;
    // Moved: the words are now at an anchor that did not hold them before. (Two
    // paragraphs with the same words, such as a repeated "Ends.", each keep their own.)
    const to = anchorsByPrint.get(print)?.find((anchor) => before.get(anchor) !== print);
    if (to) return { from, to };
  }
  return undefined;
}

function naturally(prints: Map<string, string>): [string, string][] {
  return [...prints].sort(([a], [b]) => naturalOrder(a, b));
}

/** The first few words, enough for an author to find the paragraph. */
export function startOf(text: string): string {
  const words = text.split(' ');
  return words.length <= 12 ? text : `${words.slice(0, 12).join(' ')}…`;
}
