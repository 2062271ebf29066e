import { z } from 'astro/zod';
import { entryId, partialDate, text, webAddress } from './fields';

/** A role a person held, with the dates the sources give for it. */
export const roleSchema = z.strictObject({
  /** The role's title, e.g. "Chief Constable". */
  title: text('the role’s title'),
  /** Id of the organisation the role belongs to, when there is one. */
  organisation: entryId.optional(),
  /** When the role began, as precisely as known (with datesSeen: first seen). Leave out when unknown. */
  from: partialDate.optional(),
  /** When the role ended, as precisely as known (with datesSeen: last seen). Leave out if the person still holds it or it is unknown. */
  to: partialDate.optional(),
  /**
   * `true` when `from` and `to` are only the first and last dates the sources show the
   * person in the role ("ACC in 2022–2023"), not when it began and ended. Pages then say
   * so, and the role is not ruled out at other dates.
   */
  datesSeen: z.literal(true, { error: 'Write datesSeen: true, or leave it out.' }).optional(),
});

/** A person: `content/people/<id>.yaml`. */
export const personSchema = z.strictObject({
  /** Name as commonly written, e.g. "Philip Wilkinson". */
  name: text('the person’s name'),
  /** Dated roles, so a page can say what the person's role was when a document was published. */
  roles: z.array(roleSchema).default([]),
  /** One plain-English sentence about the person. */
  description: text('a short description').optional(),
  /** Where the facts about the person come from. */
  sources: z.array(webAddress).min(1, 'List at least one source address.'),
  /**
   * What the sources do not show, when a fact here has no address to give (the exact days
   * a role began and ended, say), so no reader takes a linked page for its source.
   */
  sourceNote: text('what the sources do not show').optional(),
});

export type Person = z.output<typeof personSchema>;
export type Role = z.output<typeof roleSchema>;
