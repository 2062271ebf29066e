/**
 * The near-miss an author most likely meant: for an id, an anchor, a folder or a
 * component name that does not exist. Here, with the text helpers, because the compiler's
 * messages use it too (a misspelt <Addresses>), and everything the compiler runs is part of
 * its cache key (pipeline-digest.ts).
 */

/**
 * The candidate closest to `word` in spelling, when it is close enough to be a typo
 * (at most a third of the word's letters differ). Compares with every candidate: give it
 * a few (a page's headings, the allowed components), not a national site's ids.
 */
export function closestSpelling(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Letters to insert, delete or change to turn `a` into `b` (Levenshtein). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const change = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(change, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
