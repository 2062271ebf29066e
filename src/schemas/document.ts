/**
 * The frontmatter of reports, statements and responses. One base, extended per kind,
 * so every document shows the same provenance: who, when, where from.
 */
import { z } from 'astro/zod';
import { assessmentSchema } from './assessment';
import { entryId, exactDate, partialDate, pastDate, text, webAddress } from './fields';
import { parsePartialDate } from '../lib/dates/partial-date';

/** One dated correction or update, listed under "Last updated" as GOV.UK does. */
export const changeSchema = z.strictObject({
  /** The day the change was made on this site, "YYYY-MM-DD". */
  date: pastDate(exactDate),
  /** What changed, in one plain-English sentence. */
  note: text('what changed, in one sentence'),
});

/** Where the original can be read. */
export const sourceSchema = z.strictObject({
  /** The original's address. */
  url: webAddress,
  /** The original's own title, when it differs from ours; or the linked page's, when `original` is false. */
  title: text('the original’s title').optional(),
  /**
   * False when the original's own address is not recorded and the link goes to the nearest
   * page that is (the report a response answers, say). The page then does not call the link
   * "the original", and a citation of our summary gives no address rather than a wrong one.
   */
  original: z
    .boolean({
      error:
        'Write original: false when the link is not the document itself, or leave the field out.',
    })
    .default(true),
});

/**
 * A document taken back by its author or by us. Its page stays at its address, with its
 * words and paragraph links, and says when and why; lists keep it, marked.
 */
export const withdrawalSchema = z.strictObject(
  {
    /** When it was withdrawn, only as precisely as known. */
    date: pastDate(partialDate),
    /** Why, in one plain-English sentence, as readers will see it at the top of the page. */
    reason: text('why it was withdrawn, in one sentence'),
  },
  {
    // Often written as `withdrawn: "2024-03-05"` or `withdrawn: true`: the answer keeps the date.
    error: (issue) =>
      `Write withdrawn: with two lines indented under it, date: "${typeof issue.input === 'string' && parsePartialDate(issue.input) ? issue.input : 'YYYY-MM-DD'}" (when it was withdrawn) and reason: (why, in one sentence); or leave the field out.`,
  },
);

const baseDocument = z.strictObject({
  /**
   * The document's title. At most 200 characters: it heads the page, the social card and
   * every list and feed; official titles on record are under 100.
   */
  title: text('the title').pipe(
    z
      .string()
      .max(
        200,
        'Keep the title to 200 characters or fewer: shorten it, and give the rest in the summary or the body.',
      ),
  ),
  /**
   * True when the original has no title of its own on record and `title` is ours,
   * describing it. Citations then give it in square brackets, as a supplied title, never
   * in quotation marks as if it were the original's.
   */
  titleSupplied: z
    .boolean({
      error: 'Write titleSupplied: true when the title is ours, or leave the field out.',
    })
    .default(false),
  /** One or two plain-English sentences for listings and link previews (at most 300 characters). */
  summary: text('a one- or two-sentence summary').pipe(
    z.string().max(300, 'Keep the summary to 300 characters or fewer.'),
  ),
  /** When it was first published, only as precisely as known. */
  published: pastDate(partialDate),
  /** Why the date is less precise than a day, or where it comes from. */
  publishedNote: text('a note about the date').optional(),
  /**
   * When the day is not known but a source shows it was out by a certain day (a news
   * report of it, say): that day, "YYYY-MM-DD". Deadlines counted from the publication
   * then span only the days it can have been.
   */
  publishedBy: pastDate(exactDate).optional(),
  /** Id of the organisation whose document it is. */
  issuer: entryId.optional(),
  /** Ids of the people who wrote or signed it. */
  authors: z.array(entryId).default([]),
  /** Ids of the people quoted in it. */
  quoted: z.array(entryId).default([]),
  /** Id of the organisation that published it, when that is not the issuer (a newspaper). */
  outlet: entryId.optional(),
  /**
   * The outlet's own credit line printed with the original (a newspaper's "Registered in
   * England & Wales. No: …, <publisher>, <address>"), word for word. It is the publisher's,
   * not the author's: kept here rather than in the body, the page shows it after the body,
   * labelled with the outlet's name, with no paragraph number, no paragraph link and no
   * place in the search index, so it can never be quoted, cited or found as the document's
   * own words. Only with `outlet` (check-integrity.ts).
   */
  publisherCredit: text('the publisher’s credit, word for word').optional(),
  /** The original. */
  source: sourceSchema,
  /** A caveat about the source link, e.g. when the original's own page is not known. */
  sourceNote: text('a note about the source').optional(),
  /** True when the body is the original's words; false when it is our summary. */
  verbatim: z.boolean({
    error:
      'Write verbatim: true (the body is the original’s words) or verbatim: false (it is our summary).',
  }),
  /** Ids of themes in content/themes.yaml, e.g. missing-children. */
  themes: z.array(entryId).default([]),
  /** Dated corrections and updates, oldest first. */
  changes: z.array(changeSchema).default([]),
  /** What this document says about where recommendations stand (see schemas/assessment.ts). */
  assessments: z.array(assessmentSchema).default([]),
  /** Set when the document has been withdrawn: when, and why. */
  withdrawn: withdrawalSchema.optional(),
});

/**
 * The statutory duties a document can fulfil, so its date is checked against the
 * deadline (src/lib/clocks/statutory-clocks.ts).
 */
export const STATUTORY_DUTIES = ['pcc-comments', 'force-action-plan'] as const;
export type StatutoryDuty = (typeof STATUTORY_DUTIES)[number];

/** A report: `content/reports/<slug>.mdx`. */
export const reportSchema = baseDocument.extend({
  /** Id of the police force the report is about. */
  force: entryId,
  /** The inspection programme. */
  inspection: z.enum(['ncpi', 'ncpi-post-inspection-review', 'peel'], {
    error: 'Write one of: ncpi, ncpi-post-inspection-review, peel.',
  }),
  /** When the inspectors visited, as precisely as known. */
  fieldwork: pastDate(partialDate).optional(),
  /**
   * Ids of the people who led the inspection (an HM Inspector), as the sources name them.
   * They are not the report's authors: its citations name the inspectorate.
   */
  ledBy: z.array(entryId).default([]),
  /** Slug of the earlier report this one follows up. */
  followsUp: entryId.optional(),
});

/** A statement: `content/statements/<slug>.mdx`. */
export const statementSchema = baseDocument.extend({
  /** Slugs of the reports it responds to. */
  respondsTo: z.array(entryId).default([]),
  /**
   * Set only when this document is the one the law or the inspectorate asks for:
   * `pcc-comments`, the PCC's published comments on an HMICFRS report (Police Act 1996
   * s.55), or `force-action-plan`, the force's action plan after a national child
   * protection inspection. Its date is then checked against the deadline.
   */
  statutoryDuty: z
    .enum(STATUTORY_DUTIES, {
      error: `Write one of: ${STATUTORY_DUTIES.join(', ')}; or leave the field out.`,
    })
    .optional(),
});

/** A formal response: `content/responses/<slug>.mdx`. */
export const responseSchema = statementSchema.extend({
  respondsTo: z.array(entryId).min(1, 'List the slug of at least one report this responds to.'),
});

export type Report = z.output<typeof reportSchema>;
export type Statement = z.output<typeof statementSchema>;
export type Response = z.output<typeof responseSchema>;
