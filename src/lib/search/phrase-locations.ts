/**
 * Where a result's exact phrases are. Pagefind 1.x gives the place of a quoted phrase's
 * first match only, so a document saying "child protection" in three paragraphs listed
 * one of them under its result, and none when the first was in its title or byline. The
 * result's words are searched here for every match, as Pagefind matched them: whole
 * words, case and punctuation ignored.
 */

/** A word as a phrase matches it: "Protection." and "protection" are one word. */
const comparableWord = (word: string): string =>
  word.toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]/gu, '');

/** The places of every word of every match of `phrases` among `words`, in order. */
export function phraseLocations(words: readonly string[], phrases: readonly string[]): number[] {
  const content = words.map(comparableWord);
  const found = new Set<number>();
  for (const phrase of phrases) {
    const wanted = phrase.split(/\s+/).map(comparableWord).filter(Boolean);
    if (wanted.length === 0) continue;
    for (let start = 0; start + wanted.length <= content.length; start += 1) {
      if (!wanted.every((word, offset) => content[start + offset] === word)) continue;
      for (let offset = 0; offset < wanted.length; offset += 1) found.add(start + offset);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** Pagefind's matched places, with every match of the phrases searched exactly. */
export function allLocations(
  words: readonly string[],
  locations: readonly number[],
  phrases: readonly string[],
): number[] {
  if (phrases.length === 0) return [...locations];
  return [...new Set([...locations, ...phraseLocations(words, phrases)])].sort((a, b) => a - b);
}
