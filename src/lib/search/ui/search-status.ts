/**
 * The words of the search page's live status line: how many documents were found, what
 * to try when none were, and what the page changed in the search it was asked for.
 */
import { andList, orList } from '../../text/and-list';
import { capitalised } from '../../text/capitalised';
import { countOf, wholeNumberText } from '../../text/count-of';
import { hasUnpairedQuote, normaliseQuotes, splitPhrases, type QuotedPhrase } from '../phrases';
import { FILTER_NAMES } from '../filter-names';
import { FILTER_KEYS } from '../index-fields';
import {
  chosenFilterCount,
  hasFilters,
  resultOrder,
  type SearchState,
  type UnknownFilter,
} from '../search-state';

/**
 * Past this many ticked values the status counts them instead of naming them: a sentence
 * read aloud after every search should not recite a page of recommendation titles.
 */
const FILTERS_NAMED_AT_MOST = 4;

export interface SearchOutcome {
  state: SearchState;
  total: number;
  /** Filters from the address that the site does not have, left out of the search. */
  unknown: readonly UnknownFilter[];
  /** What was typed, when it has no letter or digit (`£`) and so was not searched. */
  wordless?: string;
  /** Phrases searched in parts, since a piece of them has no letters or digits. */
  split: readonly QuotedPhrase[];
  /** A quotation mark without a partner, which marks no phrase. */
  unpairedQuote?: boolean;
  /** Words typed without quotes that no document has (query-checks.ts). */
  missing?: readonly string[];
  /** No document has all the words typed without quotes: the results have some of them. */
  someWordsOnly?: boolean;
  /**
   * How many results have a quoted phrase only with something between or in its words
   * (exact-phrases.ts); undefined until every result has been checked.
   */
  notAsWritten?: number | undefined;
  /**
   * The names in the box of pages about the search, below the status (about-pages-box.ts),
   * and whether they are what it nearly names ("Did you mean").
   */
  about?: { names: readonly string[]; near: boolean };
}

/**
 * Its sentences in reading order: what was left out, the count, which words no document
 * has, how phrases were split.
 */
export function searchStatus({
  state,
  total,
  unknown,
  wordless = '',
  split,
  unpairedQuote = false,
  missing = [],
  someWordsOnly = false,
  notAsWritten,
  about = { names: [], near: false },
}: SearchOutcome): string {
  return [
    leftOutStatus(wordless, unknown),
    describeCount(total, state, about),
    total > 0 ? describeMissing(missing, state.query) : '',
    total > 0 && someWordsOnly
      ? 'No document has all of these words: these have some of them.'
      : '',
    describeNotAsWritten(notAsWritten, total),
    ...split.map(describeSplit),
    unpairedQuote
      ? 'A quotation mark has no partner, so no phrase was searched for exactly: put the words between two quotation marks to match them word for word.'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * What the search left out: a part of the box with no letters or digits, and filters in
 * the address that name nothing. All a search with nothing else to search for says.
 */
export function leftOutStatus(wordless: string, unknown: readonly UnknownFilter[]): string {
  return [describeWordless(wordless), describeUnknown(unknown)].filter(Boolean).join(' ');
}

/**
 * Says which words no document has, when documents were found all the same: by the rest of
 * the search (query-checks.ts keeps only documents with the words some document has), or,
 * when it has nothing else, by words that begin the same way, which Pagefind finds without
 * quotes ("and" for "andromeda").
 */
function describeMissing(missing: readonly string[], query: string): string {
  if (missing.length === 0) return '';
  const words = andList(missing.map((word) => `“${word}”`));
  const which = missing.length === 1 ? `the word ${words}` : `the words ${words}`;
  const { phrases, words: loose } = splitPhrases(query);
  const rest = phrases.length > 0 || loose.some((word) => !missing.includes(word));
  return rest
    ? `No document has ${which}, so these have the rest of the search.`
    : `No document has ${which}: these have words that begin the same way.`;
}

/**
 * Says that a search of symbols alone (`£`, `%`) was not searched, since the index holds
 * words and numbers: said rather than a blank status, which reads as a broken page. A
 * pair of quotation marks with nothing between (`""`) is asked for its words; one mark
 * alone is a phrase about to be typed, and says nothing.
 */
export function describeWordless(query: string): string {
  const straight = normaliseQuotes(query);
  const symbols = straight.replace(/"/g, '').trim();
  if (symbols)
    return `Search finds words and numbers, not symbols on their own, so “${symbols}” was not searched: type a word or number.`;
  return (straight.match(/"/g)?.length ?? 0) >= 2
    ? 'Type the words to find between the quotation marks.'
    : '';
}

/**
 * The query in quotation marks, unless it is an exact phrase already in quotes of its own,
 * or opens with a curly quotation mark that has no partner (a quotation pasted from its
 * first paragraph), which another would double.
 */
export function quoted(query: string): string {
  const typed = query.trim();
  if (/^["“].*["”]$/.test(typed)) return typed;
  return typed.startsWith('“') && hasUnpairedQuote(typed) ? typed : `“${query}”`;
}

/**
 * Says which filters from the address were left out (before the count, when there is
 * one): also when none is left to search with, or the page would just go blank.
 */
export function describeUnknown(unknown: readonly UnknownFilter[]): string {
  // A person or organisation the site has a page for, with no document listed under it
  // (yet), is not "not on this site": a shared link to it is told so in other words.
  const absent = unknown.filter((filter) => filter.label === undefined);
  const unlisted = unknown.flatMap(({ key, label }) =>
    label === undefined ? [] : [`${key} “${label}”`],
  );
  const named = absent.map(({ key, value }) => `${key} “${value}”`);
  return [
    named.length > 0
      ? `Left out ${andList(named)}: ${named.length === 1 ? 'it is' : 'they are'} not on this site.`
      : '',
    unlisted.length > 0
      ? `No document on this site is listed under ${andList(unlisted)} yet: ${unlisted.length === 1 ? 'that filter was' : 'those filters were'} left out.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * Says how many results have the quoted words only with something between or in them
 * (each such result says which phrase), so a quote is not taken to be there when it is not.
 */
function describeNotAsWritten(notAsWritten: number | undefined, total: number): string {
  if (!notAsWritten) return '';
  if (notAsWritten === total)
    return total === 1
      ? 'It has the quoted words, but not word for word.'
      : 'None has the quoted words word for word.';
  return `${notAsWritten} of them ${notAsWritten === 1 ? 'does' : 'do'} not have the quoted words word for word.`;
}

/** Says how a phrase that holds a word-less piece ("&") was searched. */
function describeSplit({ phrase, wordless = '', pieces }: QuotedPhrase): string {
  const parts = andList(pieces.map((piece) => `"${piece}"`));
  return `Exact phrases cannot match “${wordless}”, so "${phrase}" was searched as its parts, each exactly: ${parts}.`;
}

function describeCount(
  total: number,
  state: SearchState,
  about: NonNullable<SearchOutcome['about']>,
): string {
  const documents = countOf(total, 'document', 'documents');
  const narrowed = hasFilters(state) ? ` with ${describeFilters(state)}` : '';
  // Without words the list is in date order (resultOrder), which the status says: a date
  // order chosen with no filters either lists every document.
  const inOrder =
    total > 1 ? `, ${resultOrder(state) === 'oldest' ? 'oldest' : 'newest'} first` : '';
  const all = total > 1 && !narrowed ? 'All ' : '';
  const found = state.query
    ? `${documents} found for ${quoted(state.query)}${narrowed}.`
    : `${all}${documents}${narrowed}${inOrder}.`;
  if (total > 0) return found;
  // Said here, before the form's help and the box below, so a reader who hears only the
  // status learns of the pages too.
  const { names, near } = about;
  if (names.length === 0) return `${found} ${nothingFoundHint(state)}`;
  const linked = names.length === 1 ? 'It is linked below.' : 'They are linked below.';
  if (near) return `${found} Did you mean ${orList(names)}? ${linked}`;
  const pages = names.length === 1 ? 'A page about' : 'Pages about';
  return `${found} ${pages} ${andList(names)} ${names.length === 1 ? 'is' : 'are'} linked below.`;
}

/**
 * The filters a search was narrowed by, named, so a shared link's reader knows what the
 * results leave out without opening the panel: `type “Statement” or “Response”, and year
 * “2023”`. Values of one group widen the search (any of them), groups narrow it (all).
 */
export function describeFilters(state: SearchState): string {
  const chosen = chosenFilterCount(state);
  if (chosen > FILTERS_NAMED_AT_MOST) return `the ${wholeNumberText(chosen)} filters chosen`;
  const groups = FILTER_KEYS.flatMap((key) => {
    const values = state.filters[key] ?? [];
    if (values.length === 0) return [];
    return [`${FILTER_NAMES[key].one} ${orList(values.map((value) => `“${value}”`))}`];
  });
  // A comma before "and" keeps "type A or B, and year C" from reading as "B and year C".
  const widened =
    groups.length > 1 && Object.values(state.filters).some((values) => values.length > 1);
  return widened ? `${groups.slice(0, -1).join(', ')}, and ${groups.at(-1)}` : andList(groups);
}

/** What to try when nothing matched, said in the same live message as the count. */
function nothingFoundHint(state: SearchState): string {
  // A phrase matches only its exact words: "missing child" does not find "missing children".
  const phrase = splitPhrases(state.query).phrases.length > 0;
  const tries = [
    ...(state.query ? ['check the spelling', 'try other words'] : []),
    ...(phrase ? ['search without the double quotes, which match the exact words only'] : []),
    ...(hasFilters(state) ? ['untick some filters'] : []),
  ];
  return `${capitalised(orList(tries))}.`;
}
