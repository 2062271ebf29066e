/**
 * Whether a result has a quoted phrase exactly as written. Pagefind matches a phrase by
 * its words' places alone, each stemmed and with punctuation ignored, so "children in
 * Wiltshire Mr Wilkinson said" matched across the full stop and paragraph break between
 * "Wiltshire" and "Mr" (across a heading and the item after it, the search edition's
 * block-end mark now stops it: block-end.ts). The search help promises words "exactly
 * as typed", and a journalist checking a quote must not be told it is there when it is
 * not: each result shown is checked against its own text (result-pager.ts).
 *
 * "As written" ignores only what a reader cannot see or a keyboard types differently:
 * letter case, the shape of quotation marks and apostrophes (phones curl them), the kind
 * of dash, and runs of spaces. Every other character counts.
 */
import { hasWordCharacter } from './phrases';

/** Text as a phrase is compared with it. */
function asWritten(text: string): string {
  return text
    .toLocaleLowerCase('en')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const isWordCharacter = (character: string | undefined): boolean =>
  character !== undefined && hasWordCharacter(character);

/** Whether `text` holds `phrase` starting and ending at word boundaries. */
function holdsAsWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    // A phrase that starts or ends with punctuation ("said:") is bounded by it already.
    const startsClean = !isWordCharacter(phrase[0]) || !isWordCharacter(before);
    const endsClean = !isWordCharacter(phrase.at(-1)) || !isWordCharacter(after);
    if (startsClean && endsClean) return true;
  }
  return false;
}

/** The phrases that a result's text does not hold exactly as written. */
export function phrasesNotAsWritten(content: string, phrases: readonly string[]): string[] {
  const text = asWritten(content);
  return phrases.filter((phrase) => {
    const wanted = asWritten(phrase);
    return wanted !== '' && !holdsAsWords(text, wanted);
  });
}
