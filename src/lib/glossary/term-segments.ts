/**
 * Running text cut into plain words and glossary acronyms, for whatever marks them up:
 * document bodies as HTML trees (rehype-glossary-terms.ts), and quoted words on the
 * pages built from them (GlossaryText.astro). Each acronym's first use is linked to its
 * glossary entry; an acronym spelt out in brackets straight after it gets no pop-up
 * expansion, since the text's own words stand.
 */
import type { GlossaryEntry, TermMatch } from './find-terms';

export type TermSegment =
  { text: string } | { text: string; entry: GlossaryEntry; spelledOut: boolean; link: boolean };

/**
 * @param linked the ids already linked on this page; each one linked here is added.
 * @param canLink false where a link is not allowed (a heading), or not wanted.
 */
export function termSegments(
  text: string,
  match: ((text: string) => TermMatch[]) | undefined,
  linked: Set<string>,
  canLink = true,
): TermSegment[] {
  const matches = match?.(text) ?? [];
  if (matches.length === 0) return [{ text }];
  const segments: TermSegment[] = [];
  let position = 0;
  for (const { entry, start, end } of matches) {
    if (start > position) segments.push({ text: text.slice(position, start) });
    const link = canLink && !linked.has(entry.id);
    if (link) linked.add(entry.id);
    segments.push({
      text: text.slice(start, end),
      entry,
      spelledOut: /^\s*\(/.test(text.slice(end)),
      link,
    });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position) });
  return segments;
}
