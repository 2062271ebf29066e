import { z } from 'astro/zod';
import { entryId, text, webAddress } from './fields';

/** What kind of body an organisation is; decides how its claims are weighed. */
export const organisationKind = z.enum(
  [
    'police-force',
    'police-and-crime-commissioner',
    'inspectorate',
    'news-outlet',
    'publisher',
    'parliament',
  ],
  {
    error:
      'Write one of: police-force, police-and-crime-commissioner, inspectorate, news-outlet, publisher, parliament.',
  },
);

/** An organisation: `content/organisations/<id>.yaml`. */
export const organisationSchema = z.strictObject({
  /** Full name, e.g. "Wiltshire Police". */
  name: text('the organisation’s full name'),
  /**
   * "the", when a sentence needs it before the name: "a response from the Office of the
   * Police and Crime Commissioner", but "from Wiltshire Police". Left out otherwise.
   */
  article: z.literal('the', { error: 'Write "the", or leave out the field.' }).optional(),
  /** Short form for tight spaces, e.g. "HMICFRS". Defaults to the name. */
  shortName: text('a short name').optional(),
  /** What kind of body it is. */
  kind: organisationKind,
  /** One to three plain-English sentences, from the sources listed. */
  description: text('a short description'),
  /** Id of a parent organisation, e.g. the publisher that owns a newspaper. */
  parent: entryId.optional(),
  /** Where the description's facts come from. */
  sources: z.array(webAddress).min(1, 'List at least one source address.'),
});

export type Organisation = z.output<typeof organisationSchema>;
export type OrganisationKind = z.output<typeof organisationKind>;
