/**
 * How many typing slips apart two words are: a letter left out, added, changed, or two
 * letters swapped ("Pritchadr"), each one slip (the optimal string alignment distance).
 * Written here rather than taken from a package: the small ones (fastest-levenshtein)
 * count a swap as two slips, the commonest slip of all, and this runs in the search
 * page's script, where every byte is downloaded.
 *
 * @param most the largest distance of interest: past it the answer is only `most + 1`,
 *   so comparing a word with hundreds of names stops early for all but the near ones.
 */
export function typoDistance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  // Three rows of the table: two back (for swaps), the last, and the one being filled.
  let twoBack: number[] = [];
  let last = Array.from({ length: b.length + 1 }, (_, column) => column);
  for (let row = 1; row <= a.length; row += 1) {
    const current = [row];
    let rowBest = row;
    for (let column = 1; column <= b.length; column += 1) {
      const same = a[row - 1] === b[column - 1] ? 0 : 1;
      let cost = Math.min(last[column]! + 1, current[column - 1]! + 1, last[column - 1]! + same);
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1])
        cost = Math.min(cost, twoBack[column - 2]! + 1);
      current[column] = cost;
      rowBest = Math.min(rowBest, cost);
    }
    if (rowBest > most) return most + 1;
    [twoBack, last] = [last, current];
  }
  return Math.min(last[b.length]!, most + 1);
}

/**
 * The slips a word of this length may have and still be taken for another: none under
 * five letters ("cse" and "cps" are different acronyms), one up to seven, two from eight.
 */
export function typosAllowed(word: string): number {
  if (word.length < 5) return 0;
  return word.length < 8 ? 1 : 2;
}
