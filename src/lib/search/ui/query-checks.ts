/**
 * What the index holds of each part of a query, asked of Pagefind apart, since a single
 * Pagefind search cannot say it:
 *
 * - Pagefind matches one quoted phrase per search: two ("missing children" "domestic
 *   abuse") found nothing. Each phrase, or each part of one holding a word-less piece
 *   (phrases.ts), is searched exactly, and only documents with all of them are results.
 * - Asked for a word its index lacks, Pagefind searches the longest start of it that the
 *   index has ("andromeda" finds "and"; Pagefind/pagefind#315, #780), with no setting to
 *   stop it, so its results look like matches. It does so in each index shard apart: a
 *   word in some documents but in none of one shard's finds, in that shard, documents with
 *   only its start ("inadequate" finds "in"), beside the true matches from the others. The
 *   same word in double quotes is matched as a word (endings still differ: "adults" finds
 *   "adult"), so a quoted search tells which words no document has (their results are
 *   kept: for a half-typed word they are what the reader wants, and the status line says
 *   so) and which documents have each other word: only those are true results. When none
 *   has them all, the results are every document with some of them, gathered word by
 *   word (find-matches.ts), and the status line says so.
 * - A quoted search gives the place of a phrase's first match only, so each loose word is
 *   also searched without quotes, for every place it is in, which the result's excerpt and
 *   paragraph links show (once word-match.ts has dropped the places of words that only
 *   begin like it). Each apart, so a document with only some of the words has its places
 *   too.
 *
 * Each of these searches reads the index chunks the query's own search loads, so it
 * downloads nothing more.
 */
import type { Pagefind } from '../pagefind-api';
import { hasWordCharacter, type QuotedPhrase } from '../phrases';

export interface QueryChecks {
  /** Loose words (typed without quotes) no document has. */
  missing: string[];
  /** The other loose words: those some document has. */
  present: string[];
  /**
   * The ids of the documents that have every loose word some document has; undefined when
   * there is no such word, and nothing to narrow the results by.
   */
  having: ReadonlySet<string> | undefined;
  /** The ids of the documents with every phrase; undefined when the query has none. */
  withPhrases: ReadonlySet<string> | undefined;
  /** Where each document has the loose words: every place, by document id. */
  looseLocations: ReadonlyMap<string, readonly number[]>;
}

/** The query's searchable loose words, each once. */
function searchableWords(words: readonly string[]): string[] {
  // A piece with no letter or digit ("&", "–") is no word to look for.
  return [...new Set(words)].filter(hasWordCharacter);
}

/**
 * `phrases` and `words`: the query's quoted phrases and the words typed without quotes
 * (phrases.ts, `quotedPhrases` and `splitPhrases`).
 */
export async function checkQuery(
  pagefind: Pagefind,
  phrases: readonly QuotedPhrase[],
  words: readonly string[],
): Promise<QueryChecks> {
  const idsOf = async (term: string) =>
    new Set((await pagefind.search(term)).results.map((result) => result.id));
  let withPhrases: Set<string> | undefined;
  for (const piece of new Set(phrases.flatMap((phrase) => phrase.pieces))) {
    const ids = await idsOf(`"${piece}"`);
    withPhrases = withPhrases ? intersection(withPhrases, ids) : ids;
  }
  const missing: string[] = [];
  const present: string[] = [];
  let having: Set<string> | undefined;
  const loose = searchableWords(words);
  for (const word of loose) {
    const ids = await idsOf(`"${word}"`);
    if (ids.size === 0) {
      missing.push(word);
      continue;
    }
    present.push(word);
    having = having ? intersection(having, ids) : ids;
  }
  const looseLocations = new Map<string, number[]>();
  for (const word of loose)
    for (const result of (await pagefind.search(word)).results) {
      const places = looseLocations.get(result.id) ?? [];
      places.push(...result.words);
      looseLocations.set(result.id, places);
    }
  for (const places of looseLocations.values()) places.sort((a, b) => a - b);
  return { missing, present, having, withPhrases, looseLocations };
}

function intersection(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  return new Set([...a].filter((id) => b.has(id)));
}

/**
 * Whether some document has each loose word some document has, but none has them all:
 * the results are then those with some of them (find-matches.ts).
 */
export function someWordsOnly({ having }: Pick<QueryChecks, 'having'>): boolean {
  return having !== undefined && having.size === 0;
}

/**
 * The results that are true matches (see above): those with every phrase and every loose
 * word some document has.
 */
export function trueMatches<Result extends { id: string }>(
  results: readonly Result[],
  { having, withPhrases }: Pick<QueryChecks, 'having' | 'withPhrases'>,
): Result[] {
  return results.filter(
    (result) => (!withPhrases || withPhrases.has(result.id)) && (!having || having.has(result.id)),
  );
}

/**
 * What to ask Pagefind for: the results it gives are ranked, counted in the filters and
 * then narrowed by `trueMatches`.
 * - With phrases: the longest phrase (or part of one) in quotes, which Pagefind matches
 *   exactly, and the loose words, which rank the results.
 * - One loose word that some document has, alone: the word in quotes, so that no shard
 *   falls back to the start of it and the filters count only true matches.
 * - Otherwise the loose words, as typed.
 */
export function termFor(
  phrases: readonly QuotedPhrase[],
  words: readonly string[],
  checked: Pick<QueryChecks, 'missing' | 'having'>,
): string {
  const loose = searchableWords(words);
  const pieces = phrases.flatMap((phrase) => phrase.pieces);
  if (pieces.length > 0) {
    const longest = pieces.reduce((a, b) => (wordCount(b) > wordCount(a) ? b : a));
    return [`"${longest}"`, ...loose].join(' ');
  }
  const [only, ...others] = loose;
  if (
    only !== undefined &&
    others.length === 0 &&
    !checked.missing.includes(only) &&
    checked.having
  )
    return `"${only}"`;
  return loose.join(' ');
}

const wordCount = (text: string) => text.split(/\s+/).length;
