/**
 * Which of the places Pagefind gives for a search's loose words hold a word the reader
 * asked for. Pagefind matches a word in quotes by its stem (Snowball's English stemmer,
 * Porter2: "adults" finds "adult", "investment" finds "invested"), but a word without
 * quotes also by the start of other words' stems ("HMIC" finds "HMICFRS", "investment"
 * finds "investigating"), and its places do not say which. A result listed ¶2 and ¶10 for
 * "HMIC", where only ¶9 says it. Stemming the words at those places with the same
 * algorithm (the porter2 package) tells them apart.
 *
 * Most places hold the word as typed, which needs no stemmer, so the search page loads
 * it only for a result with some other word at a place (`needsStem`).
 */

import { forIndex } from './dashed-words';

/** A word as Pagefind compares it: "Protection." and "protection" are one word. */
export const comparableWord = (word: string): string =>
  word.toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * A word of the text and the parts Pagefind also indexes at its place: those between its
 * punctuation, as the search edition gives it ("2023–25" is also "2023", "25" and "2025":
 * dashed-words.ts).
 */
function formsOf(word: string): string[] {
  const parts = forIndex(word).split(/[^\p{L}\p{N}]+/u);
  return [comparableWord(word), ...parts.map(comparableWord)].filter(Boolean);
}

/** An English stemmer for lower-case words (porter2's `stem`). */
export type Stem = (word: string) => string;

export interface LooseWords {
  /** Words some document has: a place counts when its word has the same stem. */
  present: readonly string[];
  /**
   * Words no document has, often half-typed ("safeguar"): Pagefind matches the words
   * that begin the same way, which is what the reader wants, so those places count.
   */
  missing: readonly string[];
}

/** The loose words as the places' words are compared with them, made once per result. */
interface Typed {
  present: ReadonlySet<string>;
  starts: readonly string[];
}

function typedForms({ present, missing }: LooseWords): Typed {
  return {
    present: new Set(present.map(comparableWord)),
    starts: missing.map(comparableWord).filter(Boolean),
  };
}

/** Whether a form of the place's word is one of the words as typed, or begins like a missing one. */
function plainMatch(forms: readonly string[], { present, starts }: Typed): boolean {
  return forms.some((form) => present.has(form) || starts.some((start) => form.startsWith(start)));
}

/** Whether telling `places` apart needs the stemmer: some place holds another word. */
export function needsStem(
  words: readonly string[],
  places: readonly number[],
  loose: LooseWords,
): boolean {
  const typed = typedForms(loose);
  return places.some((place) => !plainMatch(formsOf(words[place] ?? ''), typed));
}

/**
 * The places among `places` (indexes into `words`, a result's words) that hold one of the
 * loose words. All of them when none does: a stemming difference from Pagefind's must
 * not leave a true match with no place to show.
 */
export function truePlaces(
  words: readonly string[],
  places: readonly number[],
  loose: LooseWords,
  stem: Stem,
): number[] {
  const typed = typedForms(loose);
  const stems = new Set([...typed.present].map(stem));
  const kept = places.filter((place) => {
    const word = words[place];
    if (word === undefined) return false;
    const forms = formsOf(word);
    return plainMatch(forms, typed) || forms.some((form) => stems.has(stem(form)));
  });
  return kept.length > 0 ? kept : [...places];
}
