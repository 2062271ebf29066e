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
import { decodeCharacterReferences } from '../text/character-references';

/** Each page's numbered paragraphs, anchor to fingerprint: `{ "/reports/x/": { p1: "3fa9c2e1" } }`. */
export type ParagraphWordsMap = Map<string, Map<string, string>>;

const NUMBERED_BLOCK = new RegExp(
  `<([a-z][a-z0-9]*)\\b([^>]*?)\\sid="(${PARAGRAPH_ID_PATTERN})"[^>]*>`,
  'g',
);

/**
 * The text of every numbered paragraph on a page, by anchor, in page order: what its
 * fingerprint is made from. Every tag counts as a space, so "<abbr>HMICFRS</abbr>’"
 * reads "HMICFRS ’". That is never changed: the recorded fingerprints of every published
 * paragraph were made this way, and new ones would read as words changed or moved.
 * For words to show a person, see paragraphQuotes.
 */
export function paragraphTexts(html: string): Map<string, string> {
  return numberedBlockTexts(html, (block) => block.replace(/<[^>]*>/g, ' '));
}

/**
 * Tags that sit inside a run of words (a glossary term, a link, emphasis): dropped with
 * no space, so the words around them stay as written. Any other tag (a list item, a
 * line break, a table cell) still separates words.
 */
const INLINE_TAG =
  /<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b[^>]*>/g;

/**
 * The text of every numbered paragraph as a person reads it, to quote in a message
 * ("HMICFRS’ National…", not "HMICFRS ’ National…"). Not for fingerprints (paragraphTexts).
 */
export function paragraphQuotes(html: string): Map<string, string> {
  return numberedBlockTexts(html, (block) =>
    decodeCharacterReferences(block.replace(INLINE_TAG, '').replace(/<[^>]*>/g, ' ')),
  );
}

/** Each numbered paragraph's block, by anchor, with `withoutTags` making it text. */
export function numberedBlockTexts(
  html: string,
  withoutTags: (block: string) => string,
): Map<string, string> {
  const texts = new Map<string, string>();
  for (const match of html.matchAll(NUMBERED_BLOCK)) {
    const [opening, , , id] = match;
    // A moved anchor's marker is an empty stand-in for another paragraph, not a paragraph.
    if (opening.includes(`class="${ANCHOR_ALIAS_CLASS}"`)) continue;
    const end = html.indexOf(`<a class="${PARAGRAPH_LINK_CLASS}" href="#${id}"`, match.index);
    if (end < 0) continue;
    const text = withoutTags(html.slice(match.index, end)).replace(/\s+/g, ' ').trim();
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
