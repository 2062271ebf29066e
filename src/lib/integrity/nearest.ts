/**
 * What to suggest instead of an address or id that does not exist. Only asked when a
 * link is broken, so the work is done then, and kept small: a national site has 10,000
 * documents, so nothing here compares a word with every page.
 */
import { closestSpelling } from '../text/closest-spelling';

/** Up to `count` entries of a sorted list around where `word` would sort: its near-misses. */
export function alphabeticalNeighbours(
  sorted: readonly string[],
  word: string,
  count: number,
): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < word) low = middle + 1;
    else high = middle;
  }
  const start = Math.max(0, Math.min(low - Math.floor(count / 2), sorted.length - count));
  return sorted.slice(start, start + count);
}

/**
 * The ids to offer for an unknown `word`: all of them when there are a dozen or fewer,
 * else the dozen around where it would sort and how many more (16,000 recommendations
 * would make a message nobody reads).
 */
export function idsToSuggest(ids: Iterable<string>, word: string): string {
  const SHOWN = 12;
  const sorted = [...ids].sort();
  if (sorted.length === 0) return 'none yet';
  if (sorted.length <= SHOWN) return sorted.join(', ');
  return `${alphabeticalNeighbours(sorted, word, SHOWN).join(', ')} and ${sorted.length - SHOWN} more`;
}

/** Up to this many ids, an unknown id is compared with every one; above it, with its neighbours. */
const COMPARE_ALL_UP_TO = 1000;

/**
 * " Did you mean x?" when an id that exists is a typo away from `word`, else "". A
 * misspelt id (misisng for missing) is the commonest way to write one that does not
 * exist, and the right one is easy to miss in a list of a dozen. At national size only
 * the ids that sort near the word are compared, so a typo in its first letters may go
 * unmatched; the list of ids still follows.
 */
export function didYouMean(ids: Iterable<string>, word: string): string {
  const sorted = [...ids].sort();
  const candidates =
    sorted.length <= COMPARE_ALL_UP_TO ? sorted : alphabeticalNeighbours(sorted, word, 50);
  const meant = closestSpelling(word, candidates);
  return meant === undefined ? '' : ` Did you mean ${meant}?`;
}
