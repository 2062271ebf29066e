/**
 * Excerpts with the matched words marked, built from Pagefind's processed page text
 * (`content`, whose whitespace-separated words `locations` index into). Returned as
 * plain segments, not HTML, so the page renders them as text nodes and nothing from
 * the index is ever parsed as markup.
 */
import { BLOCK_END } from './block-end';

export interface ExcerptSegment {
  text: string;
  /** True for a matched word, shown in `<mark>`. */
  match: boolean;
}

export interface Excerpt {
  segments: ExcerptSegment[];
  /** Words were left out before or after the excerpt. */
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

/** How a block's end (block-end.ts) reads in an excerpt. */
const BLOCK_END_SHOWN = '/';

export function contentWords(content: string): string[] {
  return content.split(/\s+/).filter(Boolean);
}

/**
 * About `length` words of `words[start, end)`, placed to show as many of the matched
 * `locations` as fit, starting a few words before the first of them shown.
 */
export function buildExcerpt(
  words: readonly string[],
  locations: readonly number[],
  range: { start: number; end: number },
  length = 30,
): Excerpt {
  const hits = new Set(
    locations.filter((location) => location >= range.start && location < range.end),
  );
  const lead = Math.min(5, Math.floor(length / 4));
  const first =
    densestStart(
      [...hits].sort((a, b) => a - b),
      length - lead,
    ) ?? range.end;
  let from = Math.max(range.start, first === range.end ? range.start : first - lead);
  const to = Math.min(range.end, from + length);
  from = Math.max(range.start, Math.min(from, to - length));
  const segments: ExcerptSegment[] = [];
  const addText = (text: string) => {
    const last = segments.at(-1);
    if (last && !last.match) last.text += text;
    else segments.push({ text, match: false });
  };
  for (let position = from; position < to; position += 1) {
    if (position > from) addText(' ');
    const word = words[position] ?? '';
    if (word === BLOCK_END) addText(BLOCK_END_SHOWN);
    else if (hits.has(position)) segments.push({ text: word, match: true });
    else addText(word);
  }
  return { segments, truncatedStart: from > range.start, truncatedEnd: to < range.end };
}

/**
 * The match that starts the `span` words holding the most matches (the first such): "missing
 * children" in one paragraph, not the lone "children" of the title before it.
 */
function densestStart(sorted: readonly number[], span: number): number | undefined {
  let best: number | undefined;
  let most = 0;
  let last = 0;
  sorted.forEach((start, first) => {
    while (last < sorted.length && (sorted[last] as number) < start + span) last += 1;
    if (last - first > most) [best, most] = [start, last - first];
  });
  return best;
}
