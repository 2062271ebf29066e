/**
 * A paragraph's id: "p" and its number in reading order, `p1`, `p2`, …, as
 * rehype-paragraph-ids.ts gives them. People share `#p12` links, so the ids are part of
 * the URL contract: everything that makes, checks or reads one uses this module.
 */

/** The id pattern alone, to build patterns that find ids in HTML (`id="p12"`). */
export const PARAGRAPH_ID_PATTERN = 'p[1-9]\\d*';

export const PARAGRAPH_ID = new RegExp(`^${PARAGRAPH_ID_PATTERN}$`);

/** The id of the paragraph with this number, or with a placeholder for it that a script fills in. */
export function paragraphId(number: number | string): string {
  return `p${number}`;
}

/** The number of a paragraph's id, 12 for `p12`; undefined for any other id. */
export function paragraphNumber(id: string): number | undefined {
  return PARAGRAPH_ID.test(id) ? Number(id.slice(1)) : undefined;
}
