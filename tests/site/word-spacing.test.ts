// The words the site's own templates put around links, dates and labels keep the spaces
// between them, for a reader, a screen reader and anyone copying a quote: "listed in the
// A–Z list", not "listed in theA–Z list". Astro 7 removes whitespace the way JSX does (its
// default `compressHTML: 'jsx'`): a line break between a word and an element is no space,
// so a template that wants one writes {' '}.
import { describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from '../support/built-site';

/** Elements that sit inside a line of text, beside words of their own. */
const INLINE = 'a, abbr, b, cite, code, data, em, i, mark, q, small, span, strong, time';
/**
 * Document bodies are the documents' own words, compiled from Markdown, where a word can
 * run into an element on purpose ("<abbr>PPN</abbr>s"); the seed tests check them.
 */
const DOCUMENT_BODY = '.document-body';

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
/** Marks that a word may follow, or lead into, only across a space: "·Glossary" is glued. */
const ENDS_BEFORE_SPACE = /[\p{L}\p{N}·,;:!?)]$/u;
const STARTS_AFTER_SPACE = /^[\p{L}\p{N}(·]/u;

/** The places on a page where an inline element's words touch the words beside them. */
function gluedWords(page: BuiltPage): string[] {
  const { $ } = page;
  const found: string[] = [];
  $('body')
    .find(INLINE)
    .filter((_, element) => $(element).closest(DOCUMENT_BODY).length === 0)
    // A form control's label stands apart from the next control whatever the spacing.
    .filter((_, element) => $(element).find('input, select, button').length === 0)
    .each((_, element) => {
      type Neighbour = typeof element.prev;
      const text = (node: Neighbour) =>
        !node ? '' : node.type === 'text' ? node.data : $(node).text();
      const sameLine = (node: Neighbour) => !node || node.type === 'text' || $(node).is(INLINE);
      const own = $(element).text();
      const before = text(element.prev);
      const after = text(element.next);
      const gluedBefore =
        sameLine(element.prev) && ENDS_BEFORE_SPACE.test(before) && WORD_START.test(own);
      const gluedAfter =
        sameLine(element.next) && WORD_END.test(own) && STARTS_AFTER_SPACE.test(after);
      // And no space where none belongs: "legislation.gov.uk ." or "( the report".
      const spacedAfter = /^\s+[.,;:!?)]/u.test(after);
      const spacedBefore = sameLine(element.prev) && /\(\s+$/u.test(before);
      if (gluedBefore || gluedAfter || spacedAfter || spacedBefore)
        found.push(
          `${page.url}: "…${before.slice(-20)}[${own.slice(0, 30)}]${after.slice(0, 20)}…"`,
        );
    });
  return found;
}

describe('the words around links, dates and labels', () => {
  it('are spaced on every built page', async () => {
    const pages = await builtPages();
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.flatMap(gluedWords)).toEqual([]);
  });
});
