/**
 * Finds published words changed without telling readers. A document is evidence: someone
 * who quoted paragraph 4 and shared `#p4` must be able to see, on the page, that its words
 * were corrected since. Correcting words in place is allowed (renumbering.ts), but only
 * with a dated line under the document's `changes:`, which the page lists under "Updates
 * to this page". The manifest keeps how many such lines each page listed when its words
 * were last recorded, so a correction is accepted once the page lists one more; and a
 * line once shown to readers may not be taken out again.
 */
import type { ContentProblem } from '../markdown/content-error';
import { andList } from '../text/and-list';
import { countOf, wholeNumberText } from '../text/count-of.ts';
import type { ParagraphWordsMap } from './paragraph-words';
import { naturalOrder } from './places';
import { firstMovedParagraph, startOf } from './renumbering';

/** How many dated updates each page lists: `{ "/statements/x/": 2 }`. */
export type UpdateCounts = Map<string, number>;

export interface RewordingInput {
  recorded: { paragraphs: ParagraphWordsMap; updates: UpdateCounts };
  /** Only pages that list updates (documents' pages) are in `published.updates`. */
  published: { paragraphs: ParagraphWordsMap; updates: UpdateCounts };
  /** The words now at an anchor of a built page, to quote them. */
  wordsAt: (path: string, anchor: string) => string | undefined;
  /** The content file a page is built from (relative to the project root), when known. */
  sourceOf: (path: string) => string | undefined;
  /** The manifest, named for pages without a content file of their own. */
  manifestFile: string;
}

/** One problem per page: an update taken out, or words changed with no update to say so. */
export function findRewording({
  recorded,
  published,
  wordsAt,
  sourceOf,
  manifestFile,
}: RewordingInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [path, updates] of published.updates) {
    const file = sourceOf(path) ?? manifestFile;
    const updatesBefore = recorded.updates.get(path) ?? 0;
    if (updates < updatesBefore) {
      problems.push({
        file,
        field: 'changes',
        message: `The page listed ${countOf(updatesBefore, 'dated update', 'dated updates')} when it was last recorded, and now lists ${updates}. Readers have been told about each one, so none may be taken out: put the missing line back under changes:.`,
      });
      continue;
    }
    const before = recorded.paragraphs.get(path);
    const now = published.paragraphs.get(path);
    if (!before || !now || updates > updatesBefore) continue;
    const reworded = rewordedParagraphs(before, now);
    const first = reworded[0];
    if (first === undefined) continue;
    const words = wordsAt(path, first);
    const quoted = words ? ` (it now reads "${startOf(words)}")` : '';
    const anchors = anchorList(reworded);
    problems.push({
      file,
      field: `${path}#${first}`,
      message:
        `The words published as ${anchors} changed${quoted}, and the page does not say so. Anyone who quoted or shared ${reworded.length === 1 ? 'that paragraph' : 'those paragraphs'} would find other words with no explanation. ` +
        `If this corrects a mistake, add a line under changes: with today's date and a note saying what was corrected (for example, note: Corrected a copying mistake in paragraph ${first.slice(1)}.), then run npm run permalinks:record. ` +
        `If not, put the published words back.`,
    });
  }
  return problems;
}

/**
 * The anchors, in reading order, whose words are not the ones recorded there: words
 * changed in place. A page whose paragraphs moved is left to renumbering.ts, whose problem
 * is the cause to fix first; an anchor no longer on the page, to the anchor check.
 */
export function rewordedParagraphs(
  before: Map<string, string>,
  now: Map<string, string>,
): string[] {
  if (firstMovedParagraph(before, now)) return [];
  return [...before]
    .filter(([anchor, print]) => now.has(anchor) && now.get(anchor) !== print)
    .map(([anchor]) => anchor)
    .sort(naturalOrder);
}

/** "#p1, #p3 and #p4"; past five, "#p1, #p2, #p3, #p4, #p5 and 12 more". */
function anchorList(anchors: readonly string[]): string {
  const shown = anchors.slice(0, 5).map((anchor) => `#${anchor}`);
  const more = anchors.length - shown.length;
  return andList(more > 0 ? [...shown, `${wholeNumberText(more)} more`] : shown);
}
