/**
 * Where a result matched, to mark in its excerpt and to list its paragraphs by. Pagefind
 * 1.x gives the place of a quoted phrase's first match only, so a document saying "child
 * protection" in three paragraphs listed one of them under its result, and none when the
 * first was in its title or byline. The result's words are searched here for every match,
 * as Pagefind matched them: whole words, case and punctuation ignored.
 */
import { BLOCK_END } from './block-end';
import type { QuotedPhrase } from './phrases';
import { comparableWord } from './word-match';

/**
 * The places of every word of every match of `phrases` among `words`, in order. A word of
 * punctuation alone ("–", "&") is passed over, as a typed phrase that holds one is
 * searched without it; a block's end (block-end.ts) is not, so no match runs from a
 * heading into the paragraph after it.
 */
export function phraseLocations(words: readonly string[], phrases: readonly string[]): number[] {
  const places: number[] = [];
  const content: string[] = [];
  words.forEach((word, place) => {
    const comparable = word === BLOCK_END ? BLOCK_END : comparableWord(word);
    if (!comparable) return;
    places.push(place);
    content.push(comparable);
  });
  const found = new Set<number>();
  for (const phrase of phrases) {
    const wanted = phrase.split(/\s+/).map(comparableWord).filter(Boolean);
    if (wanted.length === 0) continue;
    for (let start = 0; start + wanted.length <= content.length; start += 1) {
      if (!wanted.every((word, offset) => content[start + offset] === word)) continue;
      for (let offset = 0; offset < wanted.length; offset += 1)
        found.add(places[start + offset] as number);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Where a result matched: every place of its loose words (query-checks.ts), and every
 * match of each phrase, or, for a phrase the result has only in parts (split by a
 * word-less piece, or by punctuation or a break: exact-phrases.ts), of each of its parts.
 * Pagefind's own places for its search are kept only when no phrase is found so: it
 * matches a phrase's words stemmed ("adults" finds "adult"), and its place is then the one
 * to show.
 */
export function resultLocations(
  words: readonly string[],
  places: { loose: readonly number[]; pagefind: readonly number[] },
  phrases: readonly QuotedPhrase[],
): number[] {
  const found = new Set(places.loose);
  let phraseFound = false;
  for (const { phrase, pieces } of phrases) {
    const whole = phraseLocations(words, [phrase]);
    const matched = whole.length > 0 ? whole : phraseLocations(words, pieces);
    if (matched.length > 0) phraseFound = true;
    for (const place of matched) found.add(place);
  }
  if (phrases.length > 0 && !phraseFound) for (const place of places.pagefind) found.add(place);
  return [...found].sort((a, b) => a - b);
}
