import { describe, expect, test } from 'vitest';
import { BLOCK_END } from '../../../src/lib/search/block-end';
import { hasSearchBody, searchEdition } from '../../../src/lib/search/search-edition';

const page = `<!DOCTYPE html><html lang="en-GB" dir="ltr"><head><title>Site</title><meta name="description" content="Chrome words"></head>
<body><header><nav><a href="/">Home</a> Navigation words</nav></header>
<main><article data-pagefind-body>
<h1 data-pagefind-meta="title">Response to the inspection</h1>
<div class="document-body">
<p id="p1" class="lead">First paragraph about children.</p>
<h2 id="p2-funding">P2 funding</h2>
<ul id="p2"><li>One</li></ul>
<table id="p3"><tr><td>Cell</td></tr></table>
<blockquote id="p4" data-kind="quote"><p>Quoted words.</p></blockquote>
</div></article><section><h2 id="related">Related documents</h2></section></main></body></html>`;

describe('the copy of a document page that search indexes', () => {
  const edition = searchEdition(page);

  test('keeps the language and the indexed body, and drops the head, the header and what follows', () => {
    expect(
      edition.startsWith(
        '<!DOCTYPE html><html lang="en-GB" dir="ltr"><body><article data-pagefind-body>',
      ),
    ).toBe(true);
    expect(edition).not.toContain('Navigation words');
    expect(edition).not.toContain('Chrome words');
    expect(edition).toContain('<h1 data-pagefind-meta="title">Response to the inspection</h1>');
    expect(edition).not.toContain('Related documents');
    expect(edition.endsWith('</div></article></body></html>')).toBe(true);
  });

  test('gives each provenance term a colon and each value a full stop, so excerpts read as sentences', () => {
    const withProvenance = page.replace(
      '<div class="document-body">',
      '<dl class="metadata"><dt>Author</dt><dd><a href="/people/j/">Jamie Hill</a> </dd><dt>Published</dt><dd>15 September 2023</dd><dt>Note</dt><dd>Known.</dd><dt>Role</dt><dd><span>Ends in <abbr>PCC</abbr>.</span></dd></dl><div class="document-body">',
    );
    const text = searchEdition(withProvenance).replace(/<[^>]+>/g, '');
    // A value ending in a full stop inside an inline element gets no second one.
    expect(text).toContain(
      'Author: Jamie Hill. Published: 15 September 2023. Note: Known. Role: Ends in PCC. ',
    );
  });

  test('is the same when only what surrounds the document changes, so its search shard is reused', () => {
    const answered = page.replace(
      '<h2 id="related">Related documents</h2>',
      '<h2 id="related">Related documents</h2><p>Answered by a new statement</p>',
    );
    expect(searchEdition(answered)).toBe(edition);
  });

  test('ends at the indexed body’s own end tag, past any article inside it', () => {
    const nested = page.replace(
      '<p id="p1" class="lead">',
      '<article><p>An article quoted inside.</p></article><p id="p1" class="lead">',
    );
    expect(searchEdition(nested)).toContain('First paragraph about children.');
    expect(searchEdition(nested).endsWith('</div></article></body></html>')).toBe(true);
  });

  test('moves each paragraph permalink to an empty span where the block starts, keeping its other attributes', () => {
    expect(edition).toContain(
      '<p class="lead"><span id="p1"></span>First paragraph about children.</p>',
    );
    expect(edition).toContain(`<ul><span id="p2"></span><li>One ${BLOCK_END}</li></ul>`);
    expect(edition).toContain('<table><span id="p3"></span><tr>');
    expect(edition).toContain(
      '<blockquote data-kind="quote"><span id="p4"></span><p>Quoted words.</p>',
    );
  });

  test('leaves headings with their ids: sub-results are labelled with their text', () => {
    expect(edition).toContain(`<h2 id="p2-funding">P2 funding ${BLOCK_END}</h2>`);
  });

  test('the words are unchanged, with a block-end mark where Pagefind would add a full stop', () => {
    const words = (html: string) =>
      html
        .slice(html.indexOf('<article'), html.indexOf('</article>'))
        .replace(/<[^>]+>/g, ' ')
        .split(/\s+/)
        .filter(Boolean);
    expect(words(edition).filter((word) => word !== BLOCK_END)).toEqual(words(page));
  });

  // Pagefind ends a block whose last character is a letter, digit or closing quotation mark
  // with a full stop of its own, which search excerpts then showed as the document's.
  test('marks the end of each block Pagefind would end with a full stop, and no other', () => {
    const marked = (body: string) =>
      searchEdition(
        `<html lang="en-GB"><article data-pagefind-body><h1 data-pagefind-meta="title">Title</h1>${body}</article></html>`,
      );
    expect(marked('<h2 id="focus">What still needs focus</h2>')).toContain(
      `What still needs focus ${BLOCK_END}</h2>`,
    );
    expect(marked('<p>committed "to improving outcomes."</p>')).toContain(
      `outcomes." ${BLOCK_END}</p>`,
    );
    expect(marked('<ul><li>See <a href="/x/">the report</a></li></ul>')).toContain(
      `the report</a> ${BLOCK_END}</li></ul>`,
    );
    expect(marked('<table><tr><td>2023</td></tr></table>')).toContain(`2023 ${BLOCK_END}</td>`);
    // A header cell too: a phrase must not run from the header row into the first cell.
    expect(marked('<table><tr><th>Case files</th><td>Good</td></tr></table>')).toContain(
      `Case files ${BLOCK_END}</th>`,
    );
    // A block ending in a full stop keeps it; the title is the result's title, unmarked.
    expect(marked('<p>Ends with a stop.</p><p>Or a question?</p>')).not.toContain(BLOCK_END);
    expect(marked('')).toContain('>Title</h1>');
    // A block holding blocks is marked once, at its last one.
    expect(marked('<ul><li><p>Nested item</p></li></ul>').split(BLOCK_END)).toHaveLength(2);
  });

  describe('leaves out what Pagefind is told to ignore', () => {
    const marked = page
      .replace(
        '<h1 data-pagefind-meta="title">',
        '<div class="fields" data-pagefind-ignore><data data-pagefind-filter="type[value]" value="Response"></data></div>' +
          '<dl class="metadata" data-pagefind-ignore><dt>From</dt><dd><dl><dt>Inner</dt></dl>Provenance words</dd></dl>' +
          '<h1 data-pagefind-meta="title">',
      )
      .replace(
        'First paragraph about children.</p>',
        'First paragraph about children.</p><a class="paragraph-link" href="#p1" data-pagefind-ignore=""></a>',
      )
      .replace(
        '</div></article>',
        '</div><section data-pagefind-ignore="all"><h2 id="cite">Cite this</h2></section><img data-pagefind-ignore src="x.png" alt="Figure words"><p>After the figure.</p></article>',
      );
    const trimmed = searchEdition(marked);

    test('drops ignored elements whole, nested ones of the same name included', () => {
      expect(trimmed).not.toContain('Provenance words');
      expect(trimmed).not.toContain('Inner');
      expect(trimmed).not.toContain('paragraph-link');
      expect(trimmed).not.toContain('Cite this');
      expect(trimmed).not.toContain('Figure words');
      expect(trimmed).toContain('First paragraph about children.</p>\n<h2 id="p2-funding">');
      expect(trimmed).toContain('<p>After the figure.</p></article>');
    });

    test('keeps an ignored element holding filters or metadata, which Pagefind still reads', () => {
      expect(trimmed).toContain(
        '<div class="fields" data-pagefind-ignore><data data-pagefind-filter="type[value]" value="Response"></data></div>',
      );
    });

    test('keeps the rest as it was', () => {
      const unmarked = searchEdition(
        marked
          .replace(/<dl class="metadata".*?<\/dd><\/dl>/, '')
          .replace(/<a class="paragraph-link"[^>]*><\/a>/, '')
          .replace(/<section data-pagefind-ignore="all">.*?<\/section><img[^>]*>/, ''),
      );
      expect(trimmed).toBe(unmarked);
    });

    test('keeps an ignored element that is never closed rather than guess where it ends', () => {
      const unclosed = page.replace(
        '<div class="document-body">',
        '<div class="document-body"><aside data-pagefind-ignore>Aside words',
      );
      expect(searchEdition(unclosed)).toContain('<aside data-pagefind-ignore>Aside words');
    });
  });

  test('only document pages have one; any other page is refused by name', () => {
    expect(hasSearchBody(page)).toBe(true);
    const other = '<html><body><main><h1>Recommendations</h1></main></body></html>';
    expect(hasSearchBody(other)).toBe(false);
    expect(() => searchEdition(other)).toThrow(/data-pagefind-body/);
  });
});
