import { describe, expect, test } from 'vitest';
import { compileMdx } from '../../../src/lib/markdown/compile-mdx';
import { ContentError } from '../../../src/lib/markdown/content-error';
import { CROSS_LINK_QUOTE_LENGTH } from '../../../src/lib/markdown/quote-excerpt';

/** What the compiler puts after each numbered block (rehype-paragraph-links.ts). */
const PARAGRAPH_1_LINK =
  '<a class="paragraph-link" href="#p1" aria-label="Paragraph 1, link to this paragraph" data-paragraph="1" data-pagefind-ignore=""></a>';

/** What the compiler puts after each heading (rehype-section-links.ts). */
const sectionLink = (id: string, words: string) =>
  `<a class="section-link" href="#${id}" aria-label="Section “${words}”, link to this section" data-section="${words}" data-pagefind-ignore=""></a>`;

const compile = (body: string) =>
  compileMdx(body, { file: 'content/statements/example.mdx', firstLine: 10 });

function problemsOf(body: string): string[] {
  try {
    compile(body);
  } catch (error) {
    if (error instanceof ContentError)
      return error.problems.map((problem) => `${problem.line}: ${problem.message}`);
    throw error;
  }
  throw new Error('expected the body to be rejected');
}

describe('paragraph ids', () => {
  test('number every paragraph-level block in document order, and only those', () => {
    const { html, paragraphs } = compile(
      [
        '## Findings',
        '',
        'First.',
        '',
        '- a',
        '- b',
        '',
        '> Quoted.',
        '',
        '| a | b |',
        '|---|---|',
        '| 1 | 2 |',
        '',
        'Last.',
      ].join('\n'),
    );
    expect(paragraphs).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(html).toContain('<h2 id="findings">Findings</h2>');
    expect(html).toContain('<p id="p1">First.</p>');
    expect(html).toMatch(/<ul id="p2">/);
    expect(html).toMatch(/<blockquote id="p3">\n<p>Quoted.<\/p>/);
    expect(html).toMatch(/<table id="p4">/);
    expect(html).toContain('<p id="p5">Last.</p>');
  });

  test('give repeated headings distinct ids and demote an author h1 under the page title', () => {
    const { html, headings } = compile('# Summary\n\n## Summary\n');
    expect(headings.map((heading) => heading.slug)).toEqual(['summary', 'summary-1']);
    expect(html).toBe(
      [
        '<h2 id="summary">Summary</h2>' + sectionLink('summary', 'Summary'),
        '<h2 id="summary-1">Summary</h2>' + sectionLink('summary-1', 'Summary'),
      ].join('\n'),
    );
  });

  // Search leads to sections, and a reader sharing one needs its address: each heading is
  // followed by a link to it, named by its words.
  test('follow each heading with a link to its section', () => {
    const { html } = compile('## What happens *next*\n\nText.\n');
    expect(html).toContain(
      '<h2 id="what-happens-next">What happens <em>next</em></h2><a class="section-link" href="#what-happens-next" aria-label="Section “What happens next”, link to this section" data-section="What happens next" data-pagefind-ignore=""></a>',
    );
  });

  test('a heading never takes an id the page around the document or a paragraph uses', () => {
    const { html, headings } = compile(
      '## Related\n\n## Deadlines\n\n## P1\n\nText.\n\n## Deadline pcc comments x\n\n## P01\n',
    );
    expect(headings.map((heading) => heading.slug)).toEqual([
      'related-1',
      'deadlines-1',
      'p1-1',
      'heading-deadline-pcc-comments-x',
      // No paragraph is p01, but a link to #p01 would read as one to paragraph 1.
      'p01-1',
    ]);
    expect(html).toContain('<p id="p1">Text.</p>');
  });

  test('a heading never takes a footnote’s id, so a footnote’s link lands on its note', () => {
    const { html, headings } = compile(
      '## User content fn 1\n\nText.[^1]\n\n## Footnote label\n\n[^1]: The note.\n',
    );
    expect(headings.map((heading) => heading.slug)).toEqual([
      'heading-user-content-fn-1',
      'footnote-label-1',
    ]);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toContain('user-content-fn-1');
    expect(ids).toContain('footnote-label');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('published words stay exactly as written', () => {
  test('quotes, dashes and apostrophes are not "smartened"', () => {
    const text = 'Her Majesty\'s report - "quoted" – “curly” isn’t changed...';
    expect(compile(text).html).toBe(`<p id="p1">${text.replace(/"/g, '"')}</p>${PARAGRAPH_1_LINK}`);
  });
});

describe('character references to characters no reader would see', () => {
  const problemsOf = (body: string) => {
    try {
      compile(body);
      return [];
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      return error.problems;
    }
  };

  test('are refused at their line, naming the reference', () => {
    expect(problemsOf('Fine.\n\nWords &#x202E;desrever.\n')).toEqual([
      {
        file: 'content/statements/example.mdx',
        line: 12,
        column: 1,
        message:
          'The character reference &#x202E; stands for an invisible character (U+202E), which would be published unseen. Delete it.',
      },
    ]);
    for (const [body, reference] of [
      ['chil&#8203;dren', '&#8203;'],
      ['safe&shy;guarding', '&shy;'],
      ['[link](/reports/&ZeroWidthSpace;x/)', '&ZeroWidthSpace;'],
    ] as const)
      expect(problemsOf(body)[0]?.message, body).toContain(`The character reference ${reference} `);
    expect(problemsOf('A &#0; here.')[0]?.message).toBe(
      'The character reference &#0; stands for no character, and would be published as "�". Write the character itself, or delete the reference.',
    );
  });

  test('but a visible one, or one in code, is published as written', () => {
    expect(problemsOf('Fish &amp; chips &#8212; “quoted” &nbsp; `&#x202E;`\n')).toEqual([]);
  });
});

describe('GFM', () => {
  test('tables are wrapped in a focusable, labelled region that scrolls on small screens', () => {
    const { html } = compile('| Grade | Files |\n|---|---|\n| Good | 12 |\n');
    expect(html).toMatch(
      /^<section class="table-region" tabindex="0" aria-label="Table 1"><table id="p1">/,
    );
    expect(html).toContain('<td>12</td>');
  });

  test('a table’s region is named for the heading it sits under', () => {
    const { html } = compile(
      '## Case files\n\n| Grade | Files |\n|---|---|\n| Good | 12 |\n\n| a |\n|---|\n| 1 |\n',
    );
    expect(html).toContain('aria-label="Table 1: Case files"><table id="p1">');
    expect(html).toContain('aria-label="Table 2: Case files"><table id="p2">');
  });

  test('strikethrough and autolinks work', () => {
    const { html } = compile('~~old~~ see https://example.org/');
    expect(html).toContain('<del>old</del>');
    expect(html).toContain('<a href="https://example.org/">https://example.org/</a>');
  });
});

describe('<Addresses>', () => {
  test('marks each wrapped block as addressing the recommendations, with a note linking back', () => {
    const result = compile(
      [
        'Intro.',
        '',
        '<Addresses recommendation="rec-a rec-b">',
        '',
        'Marked.',
        '',
        '- item',
        '',
        '</Addresses>',
      ].join('\n'),
    );
    expect(result.crossLinks).toEqual([
      { recommendation: 'rec-a', paragraph: 'p2', quote: 'Marked.', line: 12 },
      { recommendation: 'rec-b', paragraph: 'p2', quote: 'Marked.', line: 12 },
      { recommendation: 'rec-a', paragraph: 'p3', quote: 'item', items: ['item'], line: 12 },
      { recommendation: 'rec-b', paragraph: 'p3', quote: 'item', items: ['item'], line: 12 },
    ]);
    expect(result.html).toContain('<div class="addresses" data-recommendations="rec-a rec-b">');
    expect(result.html).toContain(
      '<p class="addresses-note" data-pagefind-ignore="">Addresses recommendations: <a href="/recommendations/rec-a/" data-recommendation-link="rec-a">rec-a</a>',
    );
  });

  test('accepts the one-line form around a single paragraph', () => {
    const result = compile('<Addresses recommendation="rec-a">One line.</Addresses>');
    expect(result.crossLinks).toEqual([
      { recommendation: 'rec-a', paragraph: 'p1', quote: 'One line.', line: 10 },
    ]);
  });

  test('quotes a whole paragraph of ordinary length, and only the opening words of a long one', () => {
    const ordinary = `${'word '.repeat(95)}voice of the child.`;
    const [whole] = compile(`<Addresses recommendation="r">${ordinary}</Addresses>`).crossLinks;
    expect(whole?.quote).toBe(ordinary);
    const long = 'word '.repeat(200).trim();
    const [link] = compile(`<Addresses recommendation="r">${long}</Addresses>`).crossLinks;
    expect(link?.quote.length).toBeLessThanOrEqual(CROSS_LINK_QUOTE_LENGTH + 1);
    expect(link?.quote.endsWith('…')).toBe(true);
  });

  test('rejects misuse with the line and how to write it', () => {
    expect(problemsOf('<Addresses>\n\nText.\n\n</Addresses>')).toEqual([
      '10: <Addresses> needs recommendation="…": the id of a recommendation, or several ids separated by spaces.',
    ]);
    expect(
      problemsOf('A sentence <Addresses recommendation="r">inside</Addresses> text.')[0],
    ).toMatch(/^10: <Addresses> must be at the top level of the document/);
    expect(problemsOf('- <Addresses recommendation="r">in a list</Addresses>')[0]).toMatch(
      /^10: <Addresses> must be at the top level/,
    );
    // A closing tag with nothing open is answered with what to do, not the parser's words.
    expect(problemsOf('A paragraph.\n\n</Addresses>')).toEqual([
      expect.stringMatching(
        /^12: This <\/Addresses> closes no <Addresses> opened before it: delete it, or write <Addresses recommendation=/,
      ),
    ]);
    // Inside another, it would be dropped with its paragraphs' numbers and its id unchecked.
    const nested = [
      '<Addresses recommendation="r">',
      '',
      '<Addresses recommendation="no-such-recommendation">',
      '',
      'A paragraph.',
      '',
      '</Addresses>',
      '',
      '</Addresses>',
    ].join('\n');
    expect(problemsOf(nested)).toEqual([
      expect.stringMatching(/^12: <Addresses> must be at the top level .* or another <Addresses>/),
    ]);
  });
});

describe('content cannot run code', () => {
  test.each([
    ['import x from "y"', /^10: import and export are not allowed/],
    ['export const a = 1', /^10: import and export are not allowed/],
    ['Total: {1 + 1}', /^10: \{1 \+ 1\} is code and cannot run in content/],
    ['<script>alert(1)</script>', /^10: <script> is not allowed in content/],
    ['<style>{"p{}"}</style>', /^10: <style> is not allowed in content/],
    ['<iframe src="https://example.org" />', /^10: <iframe> is not allowed in content/],
    ['[click](javascript:alert(1))', /^10: The link "javascript:alert\(1\)" would run code/],
    [
      '<Addresses recommendation="r" onClick="x">\n\nT\n\n</Addresses>',
      /^10: <Addresses> has no prop "onClick"/,
    ],
    ['<Addresses {...props}>\n\nT\n\n</Addresses>', /^10: <Addresses> cannot take \{…\} props/],
  ])('rejects %s', (body, message) => {
    expect(problemsOf(body)[0]).toMatch(message);
  });

  test('reports a syntax error with its line and the usual fix', () => {
    const [problem] = problemsOf('Fine.\n\nBroken <Addresses recommendation="r">');
    expect(problem).toMatch(
      /^12: This is not valid MDX: .*A < or \{ in ordinary text must be written \\< or \\\{/,
    );
  });

  test.each([
    ['quotes', `${'>'.repeat(2000)} deep`],
    ['a list', Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')],
  ])(
    '%s nested thousands deep are refused at the line that does it, not with a crash',
    (_, deep) => {
      const [problem] = problemsOf(`Fine.\n\n${deep}`);
      expect(problem).toMatch(/^\d+: Quotes or lists are nested more than 20 levels deep here\./);
      expect(Number(problem?.split(':')[0])).toBeGreaterThanOrEqual(12);
    },
  );

  test('twenty levels of quotes are allowed; twenty-one are not', () => {
    expect(() => compile(`${'>'.repeat(20)} deep`)).not.toThrow();
    expect(problemsOf(`Fine.\n\n${'>'.repeat(21)} deep`)[0]).toMatch(
      /^12: Quotes or lists are nested/,
    );
  });

  test('an <Addresses> with an empty or repeated id says which, and what to write', () => {
    expect(problemsOf('<Addresses recommendation="">\n\nT\n\n</Addresses>')[0]).toMatch(
      /^10: <Addresses> recommendation="" is empty: write the id of a recommendation/,
    );
    expect(problemsOf('<Addresses recommendation="r s r">\n\nT\n\n</Addresses>')[0]).toMatch(
      /^10: <Addresses> lists "r" more than once: list each recommendation once\./,
    );
  });

  test.each([
    [
      'curly quotes around a component’s value',
      '<Addresses recommendation=“r”>He said “no”.</Addresses>',
      'The value after = is in curly quotes (“), which Word and many editors put in as you type. Write straight quotes: <Addresses recommendation="r">',
    ],
    [
      'a less-than sign before a number, where the line also has a curly bracket',
      'In <5% of cases it took over {two} weeks, and <= 2 days in <1%.',
      'A < before a number or a sign (as in "<5%") starts a tag in MDX, not text. To show it as text, write \\<: In \\<5% of cases it took over {two} weeks, and \\<= 2 days in \\<1%.',
    ],
    [
      'a less-than sign before a number, where inline code on the line has one as well',
      'The filter `age <18` found <5% of them.',
      'A < before a number or a sign (as in "<5%") starts a tag in MDX, not text. To show it as text, write \\<: The filter `age <18` found \\<5% of them.',
    ],
    [
      'a curly bracket in text',
      'It cost {£5m} a year.',
      'A curly bracket { starts code, which content cannot have. To show curly brackets as text, write \\{ and \\}.',
    ],
    [
      'an email address in angle brackets',
      'Write to <press@example.org> today.',
      'Email addresses in angle brackets (<press@example.org>) cannot be used in content. Write the address without the brackets: press@example.org',
    ],
  ])('%s is explained in plain words, with what to write', (_, body, message) => {
    expect(problemsOf(`Fine.\n\n${body}`)).toEqual([`12: ${message}`]);
  });

  test.each([
    '<Address recommendation="r">\n\nT\n\n</Address>',
    '<addresses recommendation="r">\n\nT\n\n</addresses>',
  ])('a misspelt <Addresses> is answered with its name and how to use it: %s', (body) => {
    expect(problemsOf(`Fine.\n\n${body}`)[0]).toMatch(
      /^12: <(Address|addresses)> is not a component content can use\. Did you mean <Addresses>\? <Addresses recommendation="/,
    );
  });

  test('an <Addresses> left open is reported at its line in the file, not in the body', () => {
    const [problem] = problemsOf('Fine.\n\n<Addresses recommendation="r">\n\nNever closed.');
    expect(problem).toMatch(
      /^12: This is not valid MDX: Expected a closing tag for `<Addresses>`\./,
    );
    expect(problem).not.toMatch(/\(\d+:\d+-\d+:\d+\)/);
  });
});
