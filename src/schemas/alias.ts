import { z } from 'astro/zod';
import { andList, orList } from '../lib/text/and-list';

/** A site address: a path from the site's root, ending in "/", optionally with "#anchor". */
const sitePlace = (what: string) =>
  z
    .string({ error: `Write ${what} as a path, e.g. /reports/old-slug/ or /reports/slug/#p7.` })
    .trim()
    .superRefine((place, ctx) => {
      const problem = sitePlaceProblem(what, place);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: place });
    });

/** A part of a path is never only dots: "." and ".." would name another folder, outside the page's. */
const SITE_PLACE = /^\/(?:(?!\.+\/)[a-z0-9._~-]+\/)*(?:#[A-Za-z][\w-]*)?$/;
const DOTS_ONLY_PART = /\/\.+(?=\/|#|$)/;

/**
 * What is wrong with `place`, and the path to write. One message used to list every rule
 * ("…a path from the site's root that ends with "/"…", to a path that did), so an author
 * could not tell which they broke: each mistake that can be put right is named, and the
 * path given back put right. The site's addresses are lower case, so capitals are one of
 * them (2O22 typed for 2022).
 */
function sitePlaceProblem(what: string, place: string): string | undefined {
  if (SITE_PLACE.test(place)) return undefined;
  // Followed by the build, "/reports/../" would be the home page, and "/../../" a folder
  // outside the site: an alias says where the page was published, in the site's own words.
  if (DOTS_ONLY_PART.test(place.split('#')[0] ?? ''))
    return `This address has a part that is only dots ("." or ".."), which no address of the site has. Write the address as it was published, e.g. /reports/old-slug/.`;
  const wrong: string[] = [];
  const [written = '', ...anchors] = place.split(/(?=#)/);
  const anchor = anchors[0] ?? '';
  let path = written;
  const domain = /^https?:\/\/[^/]*/.exec(path)?.[0];
  if (domain) {
    wrong.push('starts with a domain');
    path = path.slice(domain.length) || '/';
  } else if (!path.startsWith('/')) {
    wrong.push('does not start with "/"');
    path = `/${path}`;
  }
  const capitals = /[A-Z]/.test(path);
  if (capitals) {
    wrong.push('has capital letters');
    path = path.toLowerCase();
  }
  if (!path.endsWith('/')) {
    wrong.push(`has no "/" at the end${anchor ? ', before the #' : ''}`);
    path = `${path}/`;
  }
  if (anchors.length > 1) {
    // Which of the anchors was meant cannot be told, so each is offered.
    wrong.push('has more than one "#"');
    const choices = anchors.map((each) => `${path}${each}`);
    if (choices.every((choice) => SITE_PLACE.test(choice)))
      return `This address ${andList(wrong)}. An address leads to one place: write ${orList(choices)}.`;
  } else if (SITE_PLACE.test(`${path}${anchor}`)) {
    const why = capitals ? " (the site's addresses are all in lower case)." : '';
    return `This address ${andList(wrong)}. Write it as ${path}${anchor}${why}`;
  }
  return `Write ${what} as a path from the site's root, in lower-case letters, digits and hyphens, that ends with "/", optionally followed by #anchor, e.g. /reports/old-slug/ or /reports/slug/#p7 (no domain, no base path).`;
}

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
