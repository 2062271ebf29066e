import { z } from 'astro/zod';
import { entryId, text, webAddress } from './fields';

/**
 * What a tracked item is. Inspectorate reports make recommendations, areas for
 * improvement and causes of concern; a post-inspection review names areas still
 * needing focus. Two kinds let us track honestly what we cannot quote:
 * - `topic`: a topic the report's recommendations cover, as named when it was
 *   published, when the recommendations' own wording is not on this site;
 * - `commitment`: something a response says its author will do, e.g. what a PCC will
 *   monitor.
 */
export const RECOMMENDATION_KINDS = [
  'recommendation',
  'area-for-improvement',
  'cause-of-concern',
  'area-for-focus',
  'topic',
  'commitment',
] as const;

export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];

/** A recommendation (or area for improvement) of a report: `content/recommendations/<id>.yaml`. */
export const recommendationSchema = z.strictObject({
  /** Slug of the report that made it, or, for a commitment, the report the commitment answers. */
  report: entryId,
  /** Slug of the response or statement that made it, when it was not made in the report itself (a commitment). */
  madeIn: entryId.optional(),
  /** What it is: see RECOMMENDATION_KINDS. */
  kind: z.enum(RECOMMENDATION_KINDS, {
    error: `Write one of: ${RECOMMENDATION_KINDS.join(', ')}.`,
  }),
  /** A short plain-English name, e.g. "Response to missing children". */
  title: text('a short title'),
  /** The recommendation's text: the official wording, or our summary (see `wording`). */
  text: text('the recommendation’s text or our summary of it'),
  /** Whether `text` is the report's own wording or our summary of it. */
  wording: z.enum(['official', 'summary'], { error: 'Write official or summary.' }),
  /** A caveat shown under the text, e.g. how this topic relates to the report's numbered recommendations. */
  note: text('a short note').optional(),
  /** Ids of the organisations it is addressed to; for a topic, an area for focus or a commitment, those it is about. */
  addressedTo: z
    .array(entryId)
    .min(1, 'List the id of at least one organisation it is addressed to.'),
  /** Ids of themes in content/themes.yaml, e.g. missing-children. */
  themes: z.array(entryId).default([]),
  /** The official report: where the recommendation can be read, or, for a commitment, the report it answers. */
  source: webAddress,
});

export type Recommendation = z.output<typeof recommendationSchema>;
