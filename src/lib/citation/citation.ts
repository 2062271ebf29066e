/**
 * "Cite this": a document's citation in plain text and in Harvard style (as UK
 * universities teach it: author, year, title, publisher, address, date accessed).
 *
 * Every citation gives the original's address where it is known. A verbatim copy also
 * gives the page the reader is on, as a copy ("Copy at"), so a reader of the citation
 * can tell the publisher's address from ours. The date accessed goes with the address
 * the reader used: the copy when there is one. It is the reader's today, which a static
 * page cannot know: the page shows {@link ACCESSED_PLACEHOLDER} and a script puts the
 * date in its place.
 */
import { formatPartialDate } from '../dates/format';
import { andList } from '../text/and-list';
import { paragraphId } from '../markdown/paragraph-id';
import type { PartialDate } from '../dates/partial-date';

export const ACCESSED_PLACEHOLDER = '[date accessed]';

/**
 * The number of the paragraph a citation of one paragraph names, which a script fills in
 * from the page's address (`#p12`): a static page has one "Cite this" for every paragraph.
 */
export const PARAGRAPH_PLACEHOLDER = '[paragraph]';

/** A stretch of citation text, or a placeholder that a script fills in on the page. */
export interface CitationPart {
  text: string;
  /** What a placeholder stands for; none for the citation's own words. */
  fill?: 'accessed-date' | 'paragraph-number';
}

/** Citation text cut into its own words and the placeholders in it, in order. */
export function citationParts(text: string): CitationPart[] {
  return text
    .split(/(\[date accessed\]|\[paragraph\])/)
    .filter(Boolean)
    .map((part) =>
      part === ACCESSED_PLACEHOLDER
        ? { text: part, fill: 'accessed-date' }
        : part === PARAGRAPH_PLACEHOLDER
          ? { text: part, fill: 'paragraph-number' }
          : { text: part },
    );
}

export interface CitationInput {
  title: string;
  /** True when the title is ours, not the original's: it is then given in square brackets. */
  titleSupplied?: boolean | undefined;
  /** People who wrote it, "Jamie Hill"; the organisation stands in when there are none. */
  authors: readonly string[];
  /** The organisation whose document it is. */
  organisation?: string | undefined;
  /** Who published it, when not the organisation (a newspaper). */
  outlet?: string | undefined;
  published: PartialDate;
  /** The original's address; none when it is not known. */
  url?: string | undefined;
  /** This site's copy of the words, when the page carries them (a verbatim copy). */
  copyUrl?: string | undefined;
  /** When it was withdrawn: a citation says so, so no one quotes it as standing. */
  withdrawn?: PartialDate | undefined;
  /**
   * The number of the one paragraph cited, as this site's copy numbers its paragraphs
   * (¶ 12); set by {@link citingParagraph}.
   */
  paragraph?: string | undefined;
}

/**
 * The citation of one paragraph of this site's copy: it names the paragraph, and the
 * copy's address is the paragraph's own (`…/#p12`). Only a copy has numbered paragraphs
 * to cite: an original's are not known to be numbered the same, and our summary's are
 * not the document's words.
 */
export function citingParagraph(
  input: CitationInput & { copyUrl: string },
  paragraph: string = PARAGRAPH_PLACEHOLDER,
): CitationInput {
  return { ...input, paragraph, copyUrl: `${input.copyUrl}#${paragraphId(paragraph)}` };
}

/** " Withdrawn 5 March 2024.", after the publisher; empty for a document that stands. */
function withdrawnNote(input: CitationInput): string {
  return input.withdrawn ? ` Withdrawn ${formatPartialDate(input.withdrawn)}.` : '';
}

/** Where to find it, in the style's words; empty when neither address is known. */
function addresses(
  input: CitationInput,
  accessed: string,
  words: { original: string; copyAfter: string; copyAlone: string; accessed: string },
): string {
  const { url, copyUrl } = input;
  const when = ` (${words.accessed} ${accessed}).`;
  if (url && copyUrl) return ` ${words.original}${url}${words.copyAfter}${copyUrl}${when}`;
  if (url) return ` ${words.original}${url}${when}`;
  if (copyUrl) return ` ${words.copyAlone}${copyUrl}${when}`;
  return '';
}

/** The Harvard citation, in three parts so the title can be set in italics. */
export interface HarvardCitation {
  lead: string;
  title: string;
  tail: string;
}

const wordsOfName = (name: string): string[] => name.trim().split(/\s+/);

/** "Hill, J.": surname, then initials; a single word is kept as it is. */
export function harvardName(name: string): string {
  const words = wordsOfName(name);
  if (words.length < 2) return name.trim();
  const surname = words.at(-1)!;
  const initials = words
    .slice(0, -1)
    .map((word) => `${word[0]!.toUpperCase()}.`)
    .join(' ');
  return `${surname}, ${initials}`;
}

function publisher(input: CitationInput): string | undefined {
  const name = input.outlet ?? input.organisation;
  // An organisation that is also the author is not named twice.
  return input.authors.length === 0 && name === input.organisation ? undefined : name;
}

/** The original's own title as the style sets it; a supplied one in square brackets. */
function citedTitle(input: CitationInput, own: (title: string) => string): string {
  return input.titleSupplied ? `[${input.title}]` : own(input.title);
}

export function harvardCitation(
  input: CitationInput,
  accessed: string = ACCESSED_PLACEHOLDER,
): HarvardCitation {
  const author =
    input.authors.length > 0
      ? andList(input.authors.map(harvardName))
      : (input.organisation ?? input.title);
  const by = publisher(input);
  const available = addresses(input, accessed, {
    original: 'Available at: ',
    copyAfter: '. Copy at: ',
    copyAlone: 'Copy at: ',
    accessed: 'Accessed:',
  });
  return {
    lead: `${author} (${input.published.year}) `,
    title: citedTitle(input, (title) => title),
    tail: `.${by ? ` ${by}.` : ''}${withdrawnNote(input)}${available}`,
  };
}

/**
 * The in-text Harvard citation of a paragraph, "(Hill, 2023, para. 12)": surnames (two
 * joined by "and", more as the first "et al."), or the organisation when no one is named.
 */
export function harvardInText(input: CitationInput): string {
  const surnames = input.authors.map((name) => wordsOfName(name).at(-1)!);
  const who =
    surnames.length > 2
      ? `${surnames[0]} et al.`
      : surnames.length > 0
        ? surnames.join(' and ')
        : (input.organisation ?? input.title);
  const pinpoint = input.paragraph === undefined ? '' : `, para. ${input.paragraph}`;
  return `(${who}, ${input.published.year}${pinpoint})`;
}

export function harvardText(citation: HarvardCitation): string {
  return `${citation.lead}${citation.title}${citation.tail}`;
}

/**
 * `Jamie Hill, "Title", The Link, 15 September 2023. https://…; copy at https://… (accessed …)`,
 * with ` Withdrawn 5 March 2024.` before the addresses when it has been withdrawn, and
 * `, paragraph 12` after the date when one paragraph is cited.
 */
export function plainCitation(
  input: CitationInput,
  accessed: string = ACCESSED_PLACEHOLDER,
): string {
  const who = input.authors.length > 0 ? andList(input.authors) : input.organisation;
  const by = publisher(input);
  const title = citedTitle(input, (own) => `“${own}”`);
  const paragraph = input.paragraph === undefined ? undefined : `paragraph ${input.paragraph}`;
  const parts = [who, title, by, formatPartialDate(input.published), paragraph].filter(Boolean);
  const where = addresses(input, accessed, {
    original: '',
    copyAfter: '; copy at ',
    copyAlone: 'Copy at ',
    accessed: 'accessed',
  });
  return `${parts.join(', ')}.${withdrawnNote(input)}${where}`;
}
