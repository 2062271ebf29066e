/**
 * Finds glossary acronyms in running text. Only acronyms are marked (terms written in
 * capitals, such as "MASH" or "PCC"): a team name like "Sentinel" is in the glossary
 * for readers, but it is not an abbreviation, so `<abbr>` would be wrong for it.
 */
import { escapeRegExp } from '../text/escape-reg-exp';

export interface GlossaryEntry {
  /** The glossary anchor: `/glossary/#<id>`. */
  id: string;
  /** As written in documents, e.g. "PCC". */
  term: string;
  /** What it stands for. */
  expansion: string;
}

export interface TermMatch {
  entry: GlossaryEntry;
  start: number;
  end: number;
}

const ACRONYM = /^[A-Z][A-Z&]+$/;

export function isAcronym(term: string): boolean {
  return ACRONYM.test(term);
}

/** A matcher for the acronyms of a glossary, or undefined when it has none. */
export function termMatcher(
  entries: readonly GlossaryEntry[],
): ((text: string) => TermMatch[]) | undefined {
  const acronyms = entries.filter((entry) => isAcronym(entry.term));
  if (acronyms.length === 0) return undefined;
  const byTerm = new Map(acronyms.map((entry) => [entry.term, entry]));
  // Longest first, so a longer acronym wins over one it contains. A plural "s" ("PPNs")
  // belongs to the word; a letter or digit either side means it is part of another word.
  const alternatives = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?=s?(?![\\p{L}\\p{N}]))`,
    'gu',
  );
  return (text) =>
    [...text.matchAll(pattern)].map((match) => ({
      entry: byTerm.get(match[1]!)!,
      start: match.index,
      end: match.index + match[1]!.length,
    }));
}
