/**
 * Pages about a search: the search index holds documents only, so a reader who searches
 * for "Pritchard", "CAIT" or "Wiltshire Police" is also pointed to the page about that
 * person, that glossary term or that organisation, above the documents that mention them.
 *
 * Their names (a few hundred at national scale: each force, its commissioner's office and
 * their people, and the glossary) are split into small files by the first letter of each
 * of their words (`/search/about/<letter>.json`), so a search fetches only the files of
 * its words' first letters, and only once. Recommendations are not among them: a national
 * site has 16,000, whose titles would cost more than the search they sit beside; the
 * documents that address one link to its page from the paragraph.
 *
 * Shared by the build, which writes the files (about-page-files.ts), and the search
 * page's script, which matches a search against them (ui/about-pages-box.ts).
 */
import { typoDistance, typosAllowed } from '../text/typos.ts';

export type AboutKind = 'person' | 'organisation' | 'glossary';

export interface AboutPage {
  kind: AboutKind;
  /** What the page is about, as its heading names it: "Kier Pritchard", "CAIT". */
  name: string;
  /** Other names a reader may search for it by: a short name, an acronym's expansion. */
  also: string[];
  /** Its address within the site (no base path): `/people/kier-pritchard/`, `/glossary/#cait`. */
  path: string;
  /**
   * A few words saying who or what it is: "Chief Constable, Wiltshire Police" (or none). A
   * glossary term's is what it stands for, which the search page offers to search for.
   */
  what: string;
}

/** Where the site serves the pages about names with a word starting with `key` (fileKeyOf). */
export function aboutFilePath(key: string): string {
  return `/search/about/${key}.json`;
}

/** On the search form: the keys that have a file, as one string (`"acdhkmopstw"`). */
export const ABOUT_KEYS_ATTRIBUTE = 'data-about-keys';

/**
 * Words too common to name anything on their own: "Office of the Police and Crime
 * Commissioner" is not about "the", and a search for "of" is about nothing.
 */
const STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to']);

/**
 * The words a name or a search is matched by: lower case, accents and punctuation gone
 * ("Commissioner’s" gives "commissioner" and "s", and single letters are dropped), without
 * the stop words, each once.
 */
export function nameWords(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word));
  return [...new Set(words)];
}

/** The file a word's pages are in: its first letter or digit, or `_` for any other. */
export function fileKeyOf(word: string): string {
  const first = word.charAt(0);
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/** The keys of the files a search's words need: one per distinct first letter. */
export function fileKeysFor(query: string): string[] {
  return [...new Set(nameWords(query).map(fileKeyOf))].sort();
}

/** Whether a word of a search matches a word of a name. */
type WordMatch = (queryWord: string, word: string) => boolean;

/** The whole word, or its start from four letters: "cse" must be whole, but "chil" finds "child". */
const begins: WordMatch = (queryWord, word) =>
  word === queryWord || (queryWord.length >= 4 && word.startsWith(queryWord));

/** As `begins`, or the word with a slip or two in it ("Pritchart", "Wilkinsen"): typos.ts. */
const nearly: WordMatch = (queryWord, word) => {
  const allowed = typosAllowed(queryWord);
  return begins(queryWord, word) || typoDistance(queryWord, word, allowed) <= allowed;
};

/**
 * Whether every word of the search matches a word of the name, and the words matched are
 * at least half of the name's: "pritchard" is part of "Kier Pritchard", but "child" is not
 * enough for "Child Abuse Investigation Team", nor "police" for the Office of the Police
 * and Crime Commissioner.
 */
function partOfName(queryWords: readonly string[], words: readonly string[], match: WordMatch) {
  const found = words.filter((word) => queryWords.some((queryWord) => match(queryWord, word)));
  return (
    queryWords.every((queryWord) => words.some((word) => match(queryWord, word))) &&
    found.length * 2 >= words.length
  );
}

/**
 * How well a search names a page, 0 for not at all:
 *   3: the search is one of its names ("kier pritchard", "cait");
 *   2: the search holds every word of one of its names ("what did kier pritchard say");
 *   1: the search is part of one of its names, whole words or their start ("pritchard", "prit").
 */
export function aboutScore(queryWords: readonly string[], page: AboutPage): number {
  let best = 0;
  for (const name of [page.name, ...page.also]) {
    const words = nameWords(name);
    if (words.length === 0) continue;
    const holdsName = words.every((word) => queryWords.includes(word));
    const inName = partOfName(queryWords, words, begins);
    const score = holdsName && inName ? 3 : holdsName ? 2 : inName ? 1 : 0;
    best = Math.max(best, score);
  }
  return best;
}

/** The most pages shown for a search; more than this that it only partly names, and none are. */
export const MOST_ABOUT_PAGES = 5;

/**
 * The pages a search is about, best first. If it names some in full (scores 2 and 3), those
 * are shown, and not the pages whose names it is only part of: "Wiltshire Police" is the
 * force, not the glossary's "Sentinel: a Wiltshire Police team name". Otherwise the pages
 * whose names it is part of are shown only if there are few enough to be what the reader
 * meant: on a national site "police" is in the name of 86 organisations, and listing five
 * of them would be a guess.
 */
export function aboutMatches(query: string, pages: readonly AboutPage[]): AboutPage[] {
  const queryWords = nameWords(query);
  if (queryWords.length === 0) return [];
  const scored = new Map<string, { page: AboutPage; score: number }>();
  for (const page of pages) {
    const score = aboutScore(queryWords, page);
    // A page is in the file of each of its words' first letters: a search reads it once.
    if (score > 0 && !scored.has(page.path)) scored.set(page.path, { page, score });
  }
  const ranked = [...scored.values()].sort(
    (a, b) => b.score - a.score || a.page.name.localeCompare(b.page.name, 'en'),
  );
  const named = ranked.filter(({ score }) => score >= 2);
  const shown =
    named.length > 0
      ? named.slice(0, MOST_ABOUT_PAGES)
      : ranked.length <= MOST_ABOUT_PAGES
        ? ranked
        : [];
  return shown.map(({ page }) => page);
}

/**
 * The pages whose names the search would be part of but for a slip or two of typing, for a
 * search that names none and finds no document: "Pritchart" is Kier Pritchard. In order of
 * name; none if there are more than MOST_ABOUT_PAGES, as for aboutMatches.
 */
export function nearAboutMatches(query: string, pages: readonly AboutPage[]): AboutPage[] {
  const queryWords = nameWords(query);
  if (queryWords.length === 0) return [];
  const near = new Map<string, AboutPage>();
  for (const page of pages)
    if ([page.name, ...page.also].some((name) => partOfName(queryWords, nameWords(name), nearly)))
      near.set(page.path, page);
  const found = [...near.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return found.length <= MOST_ABOUT_PAGES ? found : [];
}

const KINDS: readonly string[] = ['person', 'organisation', 'glossary'] satisfies AboutKind[];

/** Whether a fetched file is a list of pages (a stale or foreign file must show nothing). */
export function isAboutFile(value: unknown): value is AboutPage[] {
  return (
    Array.isArray(value) &&
    value.every(
      (page: unknown) =>
        typeof page === 'object' &&
        page !== null &&
        KINDS.includes((page as AboutPage).kind) &&
        typeof (page as AboutPage).name === 'string' &&
        Array.isArray((page as AboutPage).also) &&
        (page as AboutPage).also.every((name) => typeof name === 'string') &&
        typeof (page as AboutPage).path === 'string' &&
        (page as AboutPage).path.startsWith('/') &&
        typeof (page as AboutPage).what === 'string',
    )
  );
}
