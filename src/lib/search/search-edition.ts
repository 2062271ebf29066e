/**
 * The copy of a document page that Pagefind indexes, which is not the page readers get.
 *
 * - Only the `<html>` tag (its `lang` picks the index's language) and the
 *   `data-pagefind-body` element are kept: nothing outside it is indexed, and Pagefind
 *   reads a national index's pages faster without the rest. It also keeps a page's edition,
 *   and so its search shard, unchanged when only what surrounds the document changes: a
 *   new statement adds itself to the related documents of the report it answers, not to
 *   that report's words.
 * - A numbered block's id (`<p id="p6">`, the paragraph permalink) moves to an empty
 *   `<span>` at the block's start. Pagefind records every element with an id as an anchor
 *   together with the element's whole text; the search page needs only the anchor's id and
 *   where it starts (sub-results.ts), so the text would be a second copy of the document in
 *   every result a reader downloads. The span starts at the same word, so results still
 *   land on `#p6`. Headings keep their ids and text: sub-results are labelled with them.
 * - Elements marked `data-pagefind-ignore` (a page's provenance list, its "Cite this" box,
 *   one "link to this paragraph" per block) are left out, unless Pagefind still reads
 *   something inside them (the filters and metadata of SearchIndexFields.astro). Pagefind
 *   would parse them only to skip their words, so the index is the same without them, and a
 *   shard of 5,000 pages, 29% less HTML, is indexed 1–2 s faster (README, "Search").
 * - The provenance list (`<dt>Author</dt><dd>Jamie Hill</dd>`) is indexed, so a search for a
 *   name finds what that person wrote, but Pagefind runs a term and its value together
 *   ("AuthorJamie Hill") in excerpts. Each term gets a colon and each value a full stop.
 * - A block Pagefind would end with a full stop of its own (one whose last character is a
 *   letter, digit or closing quotation mark) ends with a block-end mark instead
 *   (block-end.ts), so excerpts show no punctuation the document does not have.
 * - In the text (never in a tag, so no id changes), a Unicode dash between two letters or
 *   digits goes between ASCII hyphens, which Pagefind splits words at, and a short range of
 *   years gets its last year in full ("2023–25" is written "2023-–-25-2025"), so a search for
 *   2023, 2025, June or children finds "2023–25", "April–June" or "children—and"
 *   (dashed-words.ts). The search page takes it out again before showing a result.
 */
import { PARAGRAPH_ID_PATTERN } from '../markdown/paragraph-id.ts';
import { BLOCK_END } from './block-end.ts';
import { DASHED_WORDS_PARTS, forIndex } from './dashed-words.ts';

const BODY_START = '<article data-pagefind-body';
const HTML_TAG = /<html\b[^>]*>/i;
/**
 * An element other than a heading carrying a paragraph permalink id
 * (rehype-paragraph-ids.ts numbers paragraphs, lists, quotes and tables).
 */
const NUMBERED_BLOCK = new RegExp(
  `<(?!h[1-6]\\b)([a-z][a-z0-9]*)\\b([^>]*?)\\s+id="(${PARAGRAPH_ID_PATTERN})"([^>]*)>`,
  'g',
);

/** Whether an HTML page is a document page, which search indexes. */
export function hasSearchBody(html: string): boolean {
  return html.includes(BODY_START);
}

export function searchEdition(html: string): string {
  const start = html.indexOf(BODY_START);
  if (start < 0) throw new Error(`No ${BODY_START}> element: only document pages are indexed.`);
  const htmlTag = HTML_TAG.exec(html)?.[0] ?? '<html>';
  const end = elementEnd(html, start, 'article');
  if (end === undefined) throw new Error(`The ${BODY_START}> element is never closed.`);
  const body = dashedWordsSplit(
    markedBlockEnds(spacedDefinitions(withoutIgnored(html.slice(start, end)))),
  ).replace(
    NUMBERED_BLOCK,
    (_, tag: string, before: string, id: string, after: string) =>
      `<${tag}${before}${after}><span id="${id}"></span>`,
  );
  return `<!DOCTYPE html>${htmlTag}<body>${body}</body></html>`;
}

/** "Type: Statement. Author: Jamie Hill." where the page has a term and its value. */
function spacedDefinitions(body: string): string {
  return body
    .replace(/\s+<\/(dt|dd)>/g, '</$1>')
    .replace(/<\/dt>/g, ':</dt> ')
    .replace(
      DEFINITION_END,
      (_, last: string, inlineEnds: string) =>
        `${last}${inlineEnds}${/[.!?]/.test(last) ? '' : '.'}</dd> `,
    );
}

/**
 * A value's last character of text, before the end tags of inline elements: a value
 * ending "…published in 2023.</span>" has its full stop already.
 */
const DEFINITION_END = /([^>])((?:<\/(?:a|abbr|data|em|i|q|span|strong|time)>)*)<\/dd>/g;

/**
 * The end of a block Pagefind ends with a sentence (its parser's list, less `h1`, whose
 * text is the result's title, and `article`, the body itself), or a table's header cell,
 * which Pagefind runs into the cell after it ("Assessment Case files Good"), with the
 * block's last character of text: before any end tags of inline elements.
 */
const BLOCK_END_TAG =
  /([^\s>])((?:<\/(?:a|abbr|b|bdo|cite|code|data|dfn|em|i|kbd|mark|q|samp|small|span|strong|sub|sup|time|var)>)*)(\s*)(<\/(?:h[2-6]|p|td|th|div|ul|li|section)>)/g;
/** The last characters after which Pagefind adds a full stop (its parser's SENTENCE_CHARS). */
const ENDS_WITHOUT_STOP = /[\p{L}\p{N}_'")$*]/u;

/** A block-end mark where Pagefind would add a full stop of its own. */
function markedBlockEnds(body: string): string {
  return body.replace(
    BLOCK_END_TAG,
    (whole, last: string, inlineEnds: string, space: string, blockEnd: string) =>
      ENDS_WITHOUT_STOP.test(last) ? `${last}${inlineEnds} ${BLOCK_END}${space}${blockEnd}` : whole,
  );
}

/** A run of text between tags (or before the first). */
const TEXT_RUN = /(^|>)([^<]+)/g;

/** The text's dashed words as Pagefind can split them (dashed-words.ts); tags untouched. */
function dashedWordsSplit(body: string): string {
  return body.replace(TEXT_RUN, (_, tagEnd: string, text: string) => tagEnd + forIndex(text));
}

/** An element's start tag that marks it `data-pagefind-ignore`, with the element's name. */
const IGNORED_START = /<([a-z][a-z0-9-]*)(?![\w-])[^>]*?\sdata-pagefind-ignore\b[^>]*>/g;
/** Attributes Pagefind reads even inside an ignored element. */
const READ_WHEN_IGNORED = /\sdata-pagefind-(?:filter|meta|sort)\b/;

/** `body` without the ignored elements that hold nothing Pagefind reads. */
function withoutIgnored(body: string): string {
  let kept = '';
  let from = 0;
  IGNORED_START.lastIndex = 0;
  for (let tag = IGNORED_START.exec(body); tag; tag = IGNORED_START.exec(body)) {
    const end = elementEnd(body, tag.index, tag[1] ?? '');
    // Never closed (not HTML this site writes): kept, for Pagefind to make sense of.
    if (end === undefined || READ_WHEN_IGNORED.test(body.slice(tag.index, end))) continue;
    kept += body.slice(from, tag.index);
    from = IGNORED_START.lastIndex = end;
  }
  return kept + body.slice(from);
}

/** Elements without an end tag (HTML's void elements). */
const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta source track wbr'.split(' '),
);
const tagPatterns = new Map<string, RegExp>();

/**
 * Where the element whose start tag is at `start` ends (after its end tag), counting
 * nested elements of the same name; undefined if it is never closed.
 */
function elementEnd(html: string, start: number, name: string): number | undefined {
  let tags = tagPatterns.get(name);
  if (!tags) tagPatterns.set(name, (tags = new RegExp(`<(/?)${name}(?![\\w-])[^>]*>`, 'g')));
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    const endless = depth === 0 && (VOID_ELEMENTS.has(name) || tag[0].endsWith('/>'));
    depth += tag[1] ? -1 : 1;
    if (depth === 0 || endless) return tags.lastIndex;
  }
  return undefined;
}

/**
 * Everything that decides what an edition is: part of the search index's digests, so a
 * change to any of it makes the editions again.
 */
export const SEARCH_EDITION_CODE = [
  searchEdition,
  spacedDefinitions,
  DEFINITION_END,
  markedBlockEnds,
  BLOCK_END_TAG,
  dashedWordsSplit,
  TEXT_RUN,
  ...DASHED_WORDS_PARTS,
  ENDS_WITHOUT_STOP,
  BLOCK_END,
  withoutIgnored,
  elementEnd,
  BODY_START,
  HTML_TAG,
  NUMBERED_BLOCK,
  IGNORED_START,
  READ_WHEN_IGNORED,
  [...VOID_ELEMENTS],
]
  .map(String)
  .join('\n');
