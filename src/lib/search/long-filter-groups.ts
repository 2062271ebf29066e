/**
 * Which values of a long filter group the search page shows. Wiltshire's groups are
 * short, but a national index has 16,000 recommendations and over a hundred
 * organisations and people: a column of 16,000 checkboxes is unusable, on a phone or
 * with a screen reader, and slow to draw. A long group shows the values ticked, then
 * those with the most results for the search shown, and a box to find any other by its
 * words.
 */

/** A group with more values than this is long: it shows this many, and a box to find the rest. */
export const SHORT_GROUP_SIZE = 12;

export interface ShownValues {
  /** In the order to show them: ticked values first, then by results, most first. */
  values: string[];
  /** How many of them are not ticked: shown because they match or have results. */
  shown: number;
  /** How many values could be shown: those matching the words typed, or with results. */
  candidates: number;
}

/**
 * `ordered` is every value in the group's usual order (which breaks ties), `counts` the
 * results each would give, `find` what the reader typed in the group's box.
 */
export function valuesToShow(
  ordered: readonly string[],
  counts: Readonly<Record<string, number>>,
  ticked: ReadonlySet<string>,
  find: string,
  limit: number = SHORT_GROUP_SIZE,
): ShownValues {
  const words = wordsOf(find);
  const candidates = ordered.filter((value) =>
    words.length > 0 ? matchesEvery(value, words) : (counts[value] ?? 0) > 0,
  );
  const untickedCandidates = candidates
    .filter((value) => !ticked.has(value))
    .map((value, position) => ({ value, position, count: counts[value] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.position - b.position)
    .map(({ value }) => value);
  const tickedFirst = ordered.filter((value) => ticked.has(value));
  const shown = untickedCandidates.slice(0, limit);
  return {
    values: [...tickedFirst, ...shown],
    shown: shown.length,
    candidates: candidates.length,
  };
}

/** Lower-case words, accents set aside, so "Sentinel" finds "sentinel" and "cafe" finds "café". */
function wordsOf(text: string): string[] {
  return fold(text).split(/\s+/).filter(Boolean);
}

function matchesEvery(value: string, words: readonly string[]): boolean {
  const folded = fold(value);
  return words.every((word) => folded.includes(word));
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
