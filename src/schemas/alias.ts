import { z } from 'astro/zod';

/** A site address: a path from the site's root, ending in "/", optionally with "#anchor". */
const sitePlace = (what: string) =>
  z
    .string({ error: `Write ${what} as a path, e.g. /reports/old-slug/ or /reports/slug/#p7.` })
    .trim()
    .regex(
      /^\/(?:[a-z0-9._~-]+\/)*(?:#[A-Za-z][\w-]*)?$/,
      `Write ${what} as a path from the site's root that ends with "/", optionally followed by #anchor, e.g. /reports/old-slug/ or /reports/slug/#p7 (no domain, no base path).`,
    );

/**
 * One item of `content/aliases.yaml`: a published address that moved. A page alias
 * (`from: /reports/old/`) produces a redirect page and a `_redirects` line; an anchor
 * alias (`from: /reports/x/#p7`) keeps the old anchor working on the same page.
 */
export const aliasSchema = z.strictObject({
  /** The address that was published. */
  from: sitePlace('from'),
  /** Where it lives now. */
  to: sitePlace('to'),
  /** Why it moved, for the record (not shown to readers). */
  reason: z.string().trim().min(1).optional(),
});

export const aliasListSchema = z.array(aliasSchema, {
  error: 'This file must be a list: each item starts with "- from:" followed by "to:".',
});
