/**
 * Words joined by a dash, as Pagefind indexes them and as the search page asks for them.
 *
 * Pagefind 1.x (1.6.0, the version installed) indexes each run of text between spaces as
 * one word, all its letters and digits run together ("2023–25" is "202325"). It also
 * indexes the parts of a run, at the same place, but splits a run into parts only at ASCII
 * punctuation ("2021/22": "2021" and "22"; "2023-25": "2023" and "25") and at changes of
 * case: its indexer's `get_discrete_words` (pagefind/src/fossick/splitting.rs) replaces
 * `is_ascii_punctuation()` characters with spaces. An en dash, an em dash or any other
 * Unicode dash is not ASCII, so "2023–25", "April–June" and "children—and" were each one
 * word, and a search for 2023, June or children never found them. A search query has all
 * its dashes and other punctuation removed by Pagefind's script (`\p{Pd}`, `\p{Po}`…:
 * pagefind_web_js/lib/coupled_search.ts), so "2023–25" typed is "202325".
 *
 * So the search edition (search-edition.ts) writes a Unicode dash between two letters or
 * digits between ASCII hyphens ("2023-–-25"), which Pagefind splits at, as it does at "/",
 * and the search page asks for a query in the same form (forIndex), so a query's words run
 * together exactly as the index's do ("2023–25" typed, in quotes too, is "2023252025" on
 * both sides). And a range of years ("2023–25", "2021/22", "2022–2025") also gets the
 * years in it that it does not print in full ("2023-–-25-2024-2025"): a search for 2024 or
 * 2025 finds the document that says "2023–25". Results are shown as the document prints them (asPrinted): what the
 * edition adds is taken out of their text before any excerpt is built, so "2023–25" reads
 * as written and a quoted "2023–25" is found in it word for word.
 */

/** The dashes Pagefind does not split a word at: hyphen to horizontal bar (U+2010–U+2015). */
const DASH = '\u2010-\u2015';
const WORD_CHARACTER = '[\\p{L}\\p{N}]';

/** A Unicode dash between two letters or digits: "2023–25", "April–June", "children—and". */
const JOINING_DASH = new RegExp(`(?<=${WORD_CHARACTER})([${DASH}])(?=${WORD_CHARACTER})`, 'gu');
/** The same dash as the index has it, between ASCII hyphens. */
const SPLIT_DASH = new RegExp(`(?<=${WORD_CHARACTER})-([${DASH}])-(?=${WORD_CHARACTER})`, 'gu');

/**
 * A year, then a dash or slash and a later year, in full or its last two digits
 * ("2023–25", "2021/22", "2022–2025"), not inside a longer run of numbers such as a date
 * ("2010-12-01").
 */
const YEAR_RANGE = new RegExp(
  `(?<!${WORD_CHARACTER}|\\p{N}[-/${DASH}])((?:19|20)\\d\\d)([-/${DASH}])(\\d\\d|(?:19|20)\\d\\d)(?!${WORD_CHARACTER}|[-/${DASH}]\\p{N})`,
  'gu',
);
/** A range of years with the years forIndex added after it. */
const EXPANDED_YEAR_RANGE = new RegExp(
  `(?<!${WORD_CHARACTER})((?:19|20)\\d\\d)([-/${DASH}])(\\d\\d|(?:19|20)\\d\\d)((?:-\\d{4})+)(?!${WORD_CHARACTER})`,
  'gu',
);
/** The longest span read as a range of years: "2020–30" is a ten-year plan. */
const LONGEST_RANGE_YEARS = 10;

/**
 * The year a range ends in: "2023–25" ends in 2025, "1999–00" in 2000, "2022–2025" in
 * 2025. Undefined when the end is no later year within ten ("2023-11", a month).
 */
export function rangeEnd(start: string, end: string): number | undefined {
  const first = Number(start);
  let last = Number(end);
  if (end.length === 2) {
    last += Math.floor(first / 100) * 100;
    if (last <= first) last += 100;
  }
  return last > first && last - first <= LONGEST_RANGE_YEARS ? last : undefined;
}

/**
 * What forIndex writes after a range of years: each year in it that the range does not
 * print in full, so a search for any of them finds it ("2023–25": 2024 and 2025;
 * "2022–2025": 2023 and 2024; "2021/22": 2022).
 */
function yearsAdded(start: string, end: string): string {
  const last = rangeEnd(start, end);
  if (last === undefined) return '';
  const years: number[] = [];
  for (let year = Number(start) + 1; year <= last; year += 1)
    if (String(year) !== end) years.push(year);
  return years.map((year) => `-${year}`).join('');
}

/**
 * Text as Pagefind is given it, in the search edition and in a query: a Unicode dash
 * between letters or digits is put between ASCII hyphens, and a range of years gets the
 * years in it. Spaces are untouched, so every word keeps its place.
 */
export function forIndex(text: string): string {
  return text
    .replace(
      YEAR_RANGE,
      (_, start: string, dash: string, end: string) =>
        `${start}${dash}${end}${yearsAdded(start, end)}`,
    )
    .replace(JOINING_DASH, '-$1-');
}

/** Text from the index as the document prints it: what forIndex added, taken out. */
export function asPrinted(text: string): string {
  return text
    .replace(SPLIT_DASH, '$1')
    .replace(
      EXPANDED_YEAR_RANGE,
      (whole, start: string, dash: string, end: string, added: string) =>
        added === yearsAdded(start, end) ? `${start}${dash}${end}` : whole,
    );
}

/**
 * Everything that decides forIndex, for the search index's digests (search-edition.ts).
 * A list, not a string made here, so the search page's script leaves it out.
 */
export const DASHED_WORDS_PARTS = [
  forIndex,
  rangeEnd,
  yearsAdded,
  JOINING_DASH,
  YEAR_RANGE,
  LONGEST_RANGE_YEARS,
] as const;
