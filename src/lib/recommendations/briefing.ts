/**
 * Which marked paragraphs fit on a one-page briefing: the newest documents first (what a
 * meeting needs is where things stand now), one paragraph per document so no single
 * document crowds out the others, at most `limit` in all (three fit on A4 with the rest).
 */
import { newestFirst } from '../site/documents';
import type { MarkedParagraph, RecommendationTrail } from './trails';

export function briefingParagraphs(
  trail: Pick<RecommendationTrail, 'paragraphs'>,
  limit = 3,
): { shown: MarkedParagraph[]; more: number } {
  const firstPerDocument = new Map<string, MarkedParagraph>();
  for (const mark of trail.paragraphs) {
    if (!firstPerDocument.has(mark.doc.id)) firstPerDocument.set(mark.doc.id, mark);
  }
  const byDocument = new Map([...firstPerDocument.values()].map((mark) => [mark.doc, mark]));
  const shown = newestFirst([...byDocument.keys()])
    .slice(0, limit)
    .map((doc) => byDocument.get(doc)!);
  return { shown, more: trail.paragraphs.length - shown.length };
}
