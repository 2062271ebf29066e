/**
 * Which marked paragraphs fit on a one-page briefing: the newest documents first (what a
 * meeting needs is where things stand now), one paragraph per document so no single
 * document crowds out the others, at most `limit` in all (three fit on A4 with the rest).
 * A document's paragraph is its first marked one, unless the status the briefing shows
 * rests on another: then that one, so a reader can check the status in its own words.
 */
import type { SiteDocument } from '../site/types';
import type { MarkedParagraph, RecommendationTrail } from './trails';

const place = ({ doc, paragraph }: { doc: SiteDocument; paragraph?: string | undefined }) =>
  `${doc.id}#${paragraph ?? ''}`;

export function briefingParagraphs(
  trail: Pick<RecommendationTrail, 'paragraphs' | 'latest' | 'documents'>,
  limit = 3,
): { shown: MarkedParagraph[]; more: number } {
  const { claimed, verified } = trail.latest;
  const statusPlaces = new Set(
    [claimed, verified].flatMap((record) => (record ? [place(record)] : [])),
  );
  const chosen = new Map<SiteDocument, MarkedParagraph>();
  for (const mark of trail.paragraphs) {
    const current = chosen.get(mark.doc);
    const better = !current || (!statusPlaces.has(place(current)) && statusPlaces.has(place(mark)));
    if (better) chosen.set(mark.doc, mark);
  }
  // The trail lists its documents newest first.
  const shown = trail.documents
    .filter((doc) => chosen.has(doc))
    .slice(0, limit)
    .map((doc) => chosen.get(doc)!);
  return { shown, more: trail.paragraphs.length - shown.length };
}
