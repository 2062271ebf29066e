/**
 * The words of a query that no document has. Asked for a word its index lacks, Pagefind
 * searches the longest start of it that the index has ("andromeda" finds "and";
 * Pagefind/pagefind#315, #780), with no setting to stop it, so its results look like
 * matches: a journalist checking whether a name appears would be told it does. The same
 * word in double quotes is matched as a word (endings still differ: "adults" finds
 * "adult"), so a quoted search that finds nothing shows the word is not there, and the
 * status line says so (search-status.ts).
 *
 * Each check searches the index chunk the loose word's search has just loaded, so it
 * downloads nothing more.
 */
import type { Pagefind } from '../pagefind-api';
import { hasWordCharacter } from '../phrases';

/** `words`: the query's words typed without quotes (phrases.ts, `splitPhrases`). */
export async function wordsNoDocumentHas(
  pagefind: Pagefind,
  words: readonly string[],
): Promise<string[]> {
  const missing: string[] = [];
  for (const word of new Set(words)) {
    // A piece with no letter or digit ("&", "–") is no word to look for.
    if (!hasWordCharacter(word)) continue;
    const exact = await pagefind.search(`"${word}"`);
    if (exact.results.length === 0) missing.push(word);
  }
  return missing;
}
