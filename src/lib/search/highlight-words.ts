/**
 * The words a result's link asks its page to mark (`?highlight=…`), and where a word on
 * that page begins and ends.
 *
 * The page marks words with Pagefind's highlighter (mark.js), which by default marks the
 * words asked for wherever they occur inside other words: "HMIC" was marked inside every
 * "HMICFRS", and "invest" inside "investigating", though the search had matched neither.
 * So a link asks for the words the document prints at the places the search matched
 * (word-match.ts tells those apart), each whole as printed ("safeguarding", for
 * "safeguard"), and the page marks only whole words (mark.js's `exactly`), a word's edges
 * being spaces or the characters below.
 */

/**
 * Characters that end a word without being part of it: ASCII punctuation, the quotation
 * marks, dashes, brackets and signs that documents print, and the ellipsis.
 */
export const WORD_EDGES: readonly string[] = [
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  ...'‘’‚“”„‹›«»–—―…•·§¶£€°',
];

const EDGES = new Set(WORD_EDGES);

/** Closing brackets, by the opening ones they close. */
const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']' };

/**
 * A word of the text without the punctuation around it: "(MASH)," is "MASH". A bracket
 * the word opens is closed with it: "55(5A)," is "55(5A)", as the law prints it.
 */
export function printedWord(word: string): string {
  const characters = [...word];
  let start = 0;
  let end = characters.length;
  while (start < end && EDGES.has(characters[start] as string)) start += 1;
  while (end > start && EDGES.has(characters[end - 1] as string)) end -= 1;
  for (const [opening, closing] of Object.entries(CLOSING)) {
    const count = (character: string) =>
      characters.slice(start, end).filter((each) => each === character).length;
    while (characters[end] === closing && count(opening) > count(closing)) end += 1;
  }
  return characters.slice(start, end).join('');
}

/**
 * What a result's page should mark: each quoted phrase whole, as typed, and each word the
 * document prints at the matched places (indexes into `words`), once.
 */
export function highlightWords(
  phrases: readonly string[],
  words: readonly string[],
  places: readonly number[],
): string[] {
  const printed = places.map((place) => printedWord(words[place] ?? '')).filter(Boolean);
  // The page marks words whatever their case or apostrophe: a word asked for twice would
  // be marked twice, one mark inside the other.
  const seen = new Set<string>();
  return [...phrases, ...printed].filter((term) => {
    const key = term.toLocaleLowerCase('en').replace(/’/g, "'");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
