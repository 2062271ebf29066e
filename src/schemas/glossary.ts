import { z } from 'astro/zod';
import { entryId, text, webAddress } from './fields';

/** One acronym or term: an item of `content/glossary.yaml`. */
export const glossaryTermSchema = z
  .strictObject({
    /** Lowercase id, used in the glossary's anchors: `/glossary/#thrive`. */
    id: entryId,
    /** The term exactly as documents write it, e.g. "THRIVE". */
    term: text('the term as written in documents'),
    /** What it stands for, e.g. "Multi-Agency Safeguarding Hub". */
    expansion: text('what the term stands for'),
    /**
     * Said after the expansion wherever it is shown, when a source spells the term out
     * differently ("THRIVE": the response ends it with "Evaluation"), so it is never shown
     * bare. It follows a semicolon, so it starts in lower case.
     */
    expansionNote: text('a note on the expansion').optional(),
    /** One plain-English sentence. */
    description: text('a short description').optional(),
    /** Where the expansion comes from: a public web address. */
    source: webAddress.optional(),
    /**
     * Or the id of a document on this site that spells the term out, when that document's own
     * web address is not recorded (the PCC's 2023 response): the glossary links to its page.
     */
    foundIn: entryId.optional(),
  })
  .refine((term) => term.source !== undefined || term.foundIn !== undefined, {
    message:
      'Write source: (the web address the expansion comes from) or foundIn: (the id of a document on this site that spells the term out).',
    path: ['source'],
  });

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
