/**
 * What the index holds of a query's loose words (those typed without quotes). Asked for
 * a word its index lacks, Pagefind searches the longest start of it that the index has
 * ("andromeda" finds "and"; Pagefind/pagefind#315, #780), with no setting to stop it, so
 * its results look like matches. It does so in each index shard apart: a word in some
 * documents but in none of one shard's finds, in that shard, documents with only its start
 * ("inadequate" finds "in"), beside the true matches from the others. The same word in
 * double quotes is matched as a word (endings still differ: "adults" finds "adult"), so a
 * quoted search tells:
 * - which words no document has: their results are kept (for a half-typed word they are
 *   what the reader wants), and the status line says so (search-status.ts);
 * - which documents have each other word: only those are true results. When none has them
 *   all, Pagefind returns documents with some of them, rather than nothing; those are kept,
 *   and the status line says so.
 *
 * Each check searches the index chunk the loose word's search loads too, so it downloads
 * nothing more.
 */
import type { Pagefind } from '../pagefind-api';
import { hasWordCharacter } from '../phrases';

export interface LooseWords {
  /** Words no document has. */
  missing: string[];
  /**
   * The ids of the documents that have every loose word some document has; undefined when
   * there is no such word, and nothing to narrow the results by.
   */
  having: ReadonlySet<string> | undefined;
  /** The ids of the documents that have any of those words. */
  havingAny: ReadonlySet<string>;
}

/** `words`: the query's words typed without quotes (phrases.ts, `splitPhrases`). */
export async function looseWords(
  pagefind: Pagefind,
  words: readonly string[],
): Promise<LooseWords> {
  const missing: string[] = [];
  let having: Set<string> | undefined;
  const havingAny = new Set<string>();
  for (const word of new Set(words)) {
    // A piece with no letter or digit ("&", "–") is no word to look for.
    if (!hasWordCharacter(word)) continue;
    const exact = await pagefind.search(`"${word}"`);
    if (exact.results.length === 0) {
      missing.push(word);
      continue;
    }
    const ids = new Set(exact.results.map((result) => result.id));
    for (const id of ids) havingAny.add(id);
    having = having ? new Set([...having].filter((id) => ids.has(id))) : ids;
  }
  return { missing, having, havingAny };
}

/**
 * The results that are true matches (see above), and whether they have only some of the
 * loose words, no document having them all.
 */
export function trueMatches<Result extends { id: string }>(
  results: readonly Result[],
  { having, havingAny }: LooseWords,
): { results: Result[]; someWordsOnly: boolean } {
  if (!having) return { results: [...results], someWordsOnly: false };
  const all = results.filter((result) => having.has(result.id));
  if (all.length > 0 || having.size > 0) return { results: all, someWordsOnly: false };
  return { results: results.filter((result) => havingAny.has(result.id)), someWordsOnly: true };
}

/**
 * What to ask Pagefind for. A query of one loose word that some document has is asked in
 * quotes, so that no shard falls back to the start of it and the filters count only true
 * matches. Any other query is asked as it is, and its results narrowed by `having`.
 */
export function termFor(
  query: string,
  words: readonly string[],
  checked: Pick<LooseWords, 'missing' | 'having'>,
): string {
  const [only, ...others] = words;
  const alone = only !== undefined && others.length === 0 && query.trim() === only;
  return alone && !checked.missing.includes(only) && checked.having ? `"${only}"` : query;
}
