/**
 * An assessment: a document saying where a recommendation stands. Written in a
 * document's frontmatter (`assessments:`), so every status on the site is tied to the
 * document, and ideally the paragraph, that says so.
 *
 * Whether a status is *claimed* or *verified* is not written by authors: it follows
 * from who says it (see src/lib/recommendations/status.ts). The inspectorate's word is
 * verified; the force's, the PCC's and anyone else's is claimed.
 */
import { z } from 'astro/zod';
import { entryId, partialDate, text } from './fields';
import { PARAGRAPH_ID } from '../lib/markdown/paragraph-id';

/**
 * The status vocabulary, with what each status means in plain English. The README's
 * table is written from this list; keep it small, so statuses stay comparable between
 * documents.
 */
export const ASSESSMENT_STATUSES = {
  accepted:
    'The organisation it is addressed to, or whose work it is about, has agreed to act on it.',
  'in-progress': 'Work on it is said to be under way, but not finished.',
  improving: 'Improvements have been found, but it is not said to be met.',
  met: 'What it asks for has been done.',
  'not-met': 'What it asks for has not been done, or not well enough.',
} as const;

export type AssessmentStatus = keyof typeof ASSESSMENT_STATUSES;

export const ASSESSMENT_STATUS_IDS = Object.keys(ASSESSMENT_STATUSES) as [
  AssessmentStatus,
  ...AssessmentStatus[],
];

/** How each status reads in a sentence or a table cell. */
export const ASSESSMENT_STATUS_LABEL: Record<AssessmentStatus, string> = {
  accepted: 'Accepted',
  'in-progress': 'In progress',
  improving: 'Improving',
  met: 'Met',
  'not-met': 'Not met',
};

/** A paragraph id of the same document, as the page numbers them: `p1`, `p2`, … */
const paragraphId = z
  .string({ error: 'Write the id of a paragraph of this document, e.g. p4.' })
  .regex(
    PARAGRAPH_ID,
    'Write the id of a paragraph of this document as "p" and its number, e.g. p4.',
  );

/** One item of a document's `assessments:` list. */
export const assessmentSchema = z.strictObject({
  /** Id of the recommendation assessed (a file name in content/recommendations/, without .yaml). */
  recommendation: entryId,
  /** Where it stands, in the words of the vocabulary above. */
  status: z.enum(ASSESSMENT_STATUS_IDS, {
    error: `Write one of: ${ASSESSMENT_STATUS_IDS.join(', ')}.`,
  }),
  /** When the assessment was made, only as precisely as known. Defaults to the document's publication date. */
  date: partialDate.optional(),
  /** Id of the paragraph of this document that says so, e.g. p4. */
  paragraph: paragraphId.optional(),
  /**
   * Id of the organisation or person who makes the assessment, when it is not the
   * document's issuer (or first author): e.g. a PCC quoted in an MP's statement.
   */
  by: entryId.optional(),
  /** One plain-English sentence: what the document says, in our words. */
  note: text('a one-sentence note').optional(),
});

export type Assessment = z.output<typeof assessmentSchema>;
