/**
 * Paragraph-level sub-results. Pagefind splits a page only at headings with ids; our
 * permalinks are paragraphs (`#p1`, `#p2`…), which Pagefind also records as anchors
 * because they have ids. This groups a result's matched words by the paragraph or
 * heading they fall in, so each sub-result links to the exact paragraph.
 */
import { withoutBlockEnds } from './block-end';
import { buildExcerpt, contentWords, type Excerpt } from './excerpt';
import { PARAGRAPH_ID, paragraphNumber } from '../markdown/paragraph-id';

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  /** Index of the anchor's first word in the page's content. */
  location: number;
}

export interface FragmentForSubResults {
  url: string;
  content: string;
  locations: readonly number[];
  anchors: PagefindAnchor[];
}

export interface SubResult {
  /** The anchor's id: `p6`, or a heading's slug. */
  id: string;
  /** "Paragraph 6", or the heading's text. */
  label: string;
  /** The heading the paragraph sits under, when there is one. */
  section?: string;
  excerpt: Excerpt;
  /** How many matched words it holds. */
  hits: number;
}

const HEADING = /^h[1-6]$/i;

/** Sub-results in document order; at most `limit`, preferring those with most matches. */
export function paragraphSubResults(
  fragment: FragmentForSubResults,
  limit = 5,
  excerptLength = 24,
): SubResult[] {
  const anchors = fragment.anchors
    .filter((anchor) => PARAGRAPH_ID.test(anchor.id) || HEADING.test(anchor.element))
    .map(withHeadingWordsOnly)
    .sort((a, b) => a.location - b.location);
  const words = contentWords(fragment.content);
  const groups = new Map<number, number[]>();
  for (const location of fragment.locations) {
    const index = lastIndexAtOrBefore(anchors, location);
    if (index < 0) continue; // In the title, before the body: the page result itself covers it.
    const group = groups.get(index) ?? [];
    group.push(location);
    groups.set(index, group);
  }
  const results = [...groups.entries()].map(([index, locations]) => {
    const anchor = anchors[index] as PagefindAnchor;
    const end = anchors[index + 1]?.location ?? words.length;
    const paragraph = paragraphNumber(anchor.id);
    const section = paragraph ? headingBefore(anchors, index) : undefined;
    return {
      order: index,
      result: {
        id: anchor.id,
        label: paragraph ? `Paragraph ${paragraph}` : (anchor.text ?? anchor.id),
        ...(section ? { section } : {}),
        excerpt: buildExcerpt(words, locations, { start: anchor.location, end }, excerptLength),
        hits: locations.length,
      },
    };
  });
  return results
    .sort((a, b) => b.result.hits - a.result.hits || a.order - b.order)
    .slice(0, limit)
    .sort((a, b) => a.order - b.order)
    .map(({ result }) => result);
}

/** A heading's text, which labels sub-results, without the search edition's block-end mark. */
function withHeadingWordsOnly(anchor: PagefindAnchor): PagefindAnchor {
  return anchor.text === undefined ? anchor : { ...anchor, text: withoutBlockEnds(anchor.text) };
}

function lastIndexAtOrBefore(anchors: readonly PagefindAnchor[], location: number): number {
  let found = -1;
  anchors.forEach((anchor, index) => {
    if (anchor.location <= location) found = index;
  });
  return found;
}

function headingBefore(anchors: readonly PagefindAnchor[], index: number): string | undefined {
  for (let position = index - 1; position >= 0; position -= 1) {
    const anchor = anchors[position];
    if (anchor && HEADING.test(anchor.element)) return anchor.text;
  }
  return undefined;
}
