/**
 * What each numbered paragraph of a built page says, as a short fingerprint. A link to
 * `#p4` is a promise about words, not about a number: if a paragraph is put in above
 * it, `#p4` still exists but lands on other words, which no anchor check can see. The
 * manifest keeps each published paragraph's fingerprint, so the build can tell words
 * corrected in place (allowed) from words that moved to another number
 * (renumbering.ts).
 *
 * A paragraph's words are its block's text, from the block's opening tag to the
 * "link to this paragraph" control that follows every numbered block
 * (rehype-paragraph-links.ts): tags are dropped and spaces collapsed, so a change of
 * markup (a glossary term gaining its link, say) leaves the fingerprint as it was.
 */
import { createHash } from 'node:crypto';
import { PARAGRAPH_LINK_CLASS } from '../markdown/rehype-paragraph-links';
import { PARAGRAPH_ID_PATTERN } from '../markdown/paragraph-id';
import { ANCHOR_ALIAS_CLASS } from './redirects';

/** Each page's numbered paragraphs, anchor to fingerprint: `{ "/reports/x/": { p1: "3fa9c2e1" } }`. */
export type ParagraphWordsMap = Map<string, Map<string, string>>;

const NUMBERED_BLOCK = new RegExp(
  `<([a-z][a-z0-9]*)\\b([^>]*?)\\sid="(${PARAGRAPH_ID_PATTERN})"[^>]*>`,
  'g',
);

/** The text of every numbered paragraph on a page, by anchor, in page order. */
export function paragraphTexts(html: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const match of html.matchAll(NUMBERED_BLOCK)) {
    const [opening, , , id] = match;
    // A moved anchor's marker is an empty stand-in for another paragraph, not a paragraph.
    if (opening.includes(`class="${ANCHOR_ALIAS_CLASS}"`)) continue;
    const end = html.indexOf(`<a class="${PARAGRAPH_LINK_CLASS}" href="#${id}"`, match.index);
    if (end < 0) continue;
    const text = html
      .slice(match.index, end)
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    texts.set(id!, text);
  }
  return texts;
}

/** Eight hex digits of a paragraph's text: enough to tell a page's paragraphs apart. */
export function wordsFingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** Every numbered paragraph's fingerprint, by anchor. */
export function paragraphFingerprints(html: string): Record<string, string> {
  const prints: Record<string, string> = {};
  for (const [id, text] of paragraphTexts(html)) prints[id] = wordsFingerprint(text);
  return prints;
}
