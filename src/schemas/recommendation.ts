import { z } from 'astro/zod';
import { entryId, text, webAddress } from './fields';

/** A recommendation (or area for improvement) of a report: `content/recommendations/<id>.yaml`. */
export const recommendationSchema = z.strictObject({
  /** Slug of the report that made it. */
  report: entryId,
  /** What the inspectorate called it. */
  kind: z.enum(['recommendation', 'area-for-improvement', 'cause-of-concern', 'area-for-focus'], {
    error: 'Write one of: recommendation, area-for-improvement, cause-of-concern, area-for-focus.',
  }),
  /** A short plain-English name, e.g. "Response to missing children". */
  title: text('a short title'),
  /** The recommendation's text: the official wording, or our summary (see `wording`). */
  text: text('the recommendation’s text or our summary of it'),
  /** Whether `text` is the report's own wording or our summary of it. */
  wording: z.enum(['official', 'summary'], { error: 'Write official or summary.' }),
  /** Ids of the organisations it is addressed to. */
  addressedTo: z
    .array(entryId)
    .min(1, 'List the id of at least one organisation it is addressed to.'),
  /** Topic ids, e.g. missing-children. */
  themes: z.array(entryId).default([]),
  /** Where the recommendation can be read (the official report). */
  source: webAddress,
});

export type Recommendation = z.output<typeof recommendationSchema>;
