/**
 * A link to #p4 promises words, not a number. These tests build the pages' HTML the way
 * the site renders numbered blocks (each followed by its paragraph link) and check that
 * the build tells words that moved to another number from words corrected in place, and
 * that words corrected in place are told to readers.
 */
import { describe, expect, it } from 'vitest';
import {
  paragraphFingerprints,
  paragraphQuotes,
  paragraphTexts,
  wordsFingerprint,
  type ParagraphWordsMap,
} from '../../src/lib/permalinks/paragraph-words';
import { findRenumbering } from '../../src/lib/permalinks/renumbering';
import { findRewording } from '../../src/lib/permalinks/rewording';
import { addAnchorAliases } from '../../src/lib/permalinks/redirects';

/** A document page's body, one numbered paragraph per string, as the site renders it. */
function page(...paragraphs: string[]): string {
  const blocks = paragraphs.map(
    (words, index) =>
      `<p id="p${index + 1}">${words}</p><a class="paragraph-link" href="#p${index + 1}" aria-label="Paragraph ${index + 1}, link to this paragraph" data-paragraph="${index + 1}" data-pagefind-ignore=""></a>\n`,
  );
  return `<main id="main"><article><div class="document-body">${blocks.join('')}</div></article></main>`;
}

const PATH = '/statements/example/';

function check(before: string, after: string) {
  const printsOf = (html: string): ParagraphWordsMap =>
    new Map([[PATH, new Map(Object.entries(paragraphFingerprints(html)))]]);
  return findRenumbering({
    recorded: printsOf(before),
    published: printsOf(after),
    wordsAt: (path, anchor) => (path === PATH ? paragraphQuotes(after).get(anchor) : undefined),
    sourceOf: (path) => (path === PATH ? 'content/statements/example.mdx' : undefined),
    manifestFile: 'content/permalinks.json',
  });
}

const ORIGINAL = page('First words.', 'Second words.', 'Third words.');

describe("a paragraph's words", () => {
  it('are its text without markup, so a new glossary link does not change them', () => {
    const plain = page('The PCC said so.');
    const linked = page(
      'The <a href="/glossary/#pcc"><abbr title="Police and Crime Commissioner">PCC</abbr></a> said so.',
    );
    expect(paragraphTexts(linked).get('p1')).toBe('The PCC said so.');
    expect(paragraphFingerprints(linked)).toEqual(paragraphFingerprints(plain));
  });

  it('end at the paragraph link, and lists and quotes are numbered blocks too', () => {
    const html =
      '<main><ul id="p1"><li>One</li><li>Two</li></ul><a class="paragraph-link" href="#p1"></a><aside>Not a paragraph</aside>' +
      '<blockquote id="p2"><p>Quoted</p></blockquote><a class="paragraph-link" href="#p2"></a></main>';
    expect([...paragraphTexts(html)]).toEqual([
      ['p1', 'One Two'],
      ['p2', 'Quoted'],
    ]);
  });

  it('are read with every tag as a space, as recorded, while messages quote them as written', () => {
    const html =
      page(
        'Published by <abbr title="His Majesty’s Inspectorate">HMICFRS</abbr>’ Fire &#x26; Rescue inspectors.',
      ) +
      '<ul id="p2"><li>One</li><li><em>Two</em>, three</li></ul><a class="paragraph-link" href="#p2"></a>';
    expect([...paragraphTexts(html)]).toEqual([
      ['p1', 'Published by HMICFRS ’ Fire &#x26; Rescue inspectors.'],
      ['p2', 'One Two , three'],
    ]);
    // The fingerprints in content/permalinks.json were made from those words, spaces and all.
    expect(paragraphFingerprints(html)).toEqual({
      p1: wordsFingerprint('Published by HMICFRS ’ Fire &#x26; Rescue inspectors.'),
      p2: wordsFingerprint('One Two , three'),
    });
    expect([...paragraphQuotes(html)]).toEqual([
      // Quoted to a person, "&#x26;" reads "&".
      ['p1', 'Published by HMICFRS’ Fire & Rescue inspectors.'],
      ['p2', 'One Two, three'],
    ]);
  });

  it('are not read from a moved anchor’s marker, which stands in for another paragraph', () => {
    const marked = addAnchorAliases(ORIGINAL, [{ from: 'p9', to: 'p2' }])!;
    expect(marked).toContain('id="p9"');
    expect([...paragraphTexts(marked).keys()]).toEqual(['p1', 'p2', 'p3']);
  });

  it('differ between paragraphs, in eight hex digits', () => {
    expect(wordsFingerprint('First words.')).toMatch(/^[0-9a-f]{8}$/);
    expect(wordsFingerprint('First words.')).not.toBe(wordsFingerprint('Second words.'));
  });
});

describe('the renumbering check', () => {
  it('accepts paragraphs added after the last one', () => {
    expect(check(ORIGINAL, page('First words.', 'Second words.', 'Third words.', 'New.'))).toEqual(
      [],
    );
  });

  it('accepts words corrected in place', () => {
    expect(
      check(ORIGINAL, page('First words.', 'Second words, corrected.', 'Third words.')),
    ).toEqual([]);
  });

  it('names a paragraph put in above published ones, with the file and what to do', () => {
    const problems = check(
      ORIGINAL,
      page('First words.', 'Inserted.', 'Second words.', 'Third words.'),
    );
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.file).toBe('content/statements/example.mdx');
    expect(problem?.field).toBe(`${PATH}#p2`);
    expect(problem?.message).toContain('The words published as #p2 ("Second words.") are now #p3');
    expect(problem?.message).toContain('add new ones after the last');
    expect(problem?.message).toContain('npm run permalinks:record');
  });

  it('names paragraphs that swapped places', () => {
    const problems = check(ORIGINAL, page('Second words.', 'First words.', 'Third words.'));
    expect(problems.map((problem) => problem.field)).toEqual([`${PATH}#p1`]);
    expect(problems[0]?.message).toContain('are now #p2');
  });

  it('lets two paragraphs with the same words each keep their own', () => {
    const before = page('Ends.', 'Middle.', 'Ends.');
    expect(check(before, page('Ends, corrected.', 'Middle.', 'Ends.'))).toEqual([]);
  });

  it('checks only pages recorded with their words, and names the manifest for other pages', () => {
    const after = page('Second words.', 'First words.');
    const problems = findRenumbering({
      recorded: new Map([['/about/', new Map(Object.entries(paragraphFingerprints(ORIGINAL)))]]),
      published: new Map([
        ['/about/', new Map(Object.entries(paragraphFingerprints(after)))],
        [PATH, new Map(Object.entries(paragraphFingerprints(after)))],
      ]),
      wordsAt: () => undefined,
      sourceOf: () => undefined,
      manifestFile: 'content/permalinks.json',
    });
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/permalinks.json', '/about/#p1'],
    ]);
  });
});

describe('the rewording check', () => {
  /** The problems when `after` replaces `before`, with the page's updates counted then and now. */
  function reworded(before: string, after: string, updates: [number, number] = [0, 0]) {
    const printsOf = (html: string): ParagraphWordsMap =>
      new Map([[PATH, new Map(Object.entries(paragraphFingerprints(html)))]]);
    return findRewording({
      recorded: { paragraphs: printsOf(before), updates: new Map([[PATH, updates[0]]]) },
      published: { paragraphs: printsOf(after), updates: new Map([[PATH, updates[1]]]) },
      wordsAt: (path, anchor) => (path === PATH ? paragraphQuotes(after).get(anchor) : undefined),
      sourceOf: (path) => (path === PATH ? 'content/statements/example.mdx' : undefined),
      manifestFile: 'content/permalinks.json',
    });
  }
  const CORRECTED = page('First words.', 'Second words, corrected.', 'Third words.');

  it('names words corrected in place when the page lists no new update, and says what to write', () => {
    const problems = reworded(ORIGINAL, CORRECTED, [1, 1]);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.file).toBe('content/statements/example.mdx');
    expect(problem?.field).toBe(`${PATH}#p2`);
    expect(problem?.message).toContain(
      'The words published as #p2 changed (it now reads "Second words, corrected."), and the page does not say so.',
    );
    expect(problem?.message).toContain("add a line under changes: with today's date");
    expect(problem?.message).toContain('npm run permalinks:record');
    expect(problem?.message).toContain('put the published words back');
  });

  it('accepts the correction once the page lists one more update', () => {
    expect(reworded(ORIGINAL, CORRECTED, [1, 2])).toEqual([]);
  });

  it('names every reworded paragraph of a page in one problem, at the first', () => {
    const problems = reworded(ORIGINAL, page('First, corrected.', 'Second words.', 'Third, too.'));
    expect(problems.map((problem) => problem.field)).toEqual([`${PATH}#p1`]);
    expect(problems[0]?.message).toContain('The words published as #p1 and #p3 changed');
    expect(problems[0]?.message).toContain('those paragraphs');
  });

  it('names the first five of many reworded paragraphs, and how many more', () => {
    const words = Array.from({ length: 8 }, (_, index) => `Words ${index + 1}.`);
    const problems = reworded(page(...words), page(...words.map((text) => `${text} Corrected.`)));
    expect(problems[0]?.message).toContain(
      'The words published as #p1, #p2, #p3, #p4, #p5 and 3 more changed',
    );
  });

  it('tells a corrected paragraph from another with the same words', () => {
    const before = page('Ends.', 'Middle.', 'Ends.');
    const problems = reworded(before, page('Ends, corrected.', 'Middle.', 'Ends.'));
    expect(problems.map((problem) => problem.field)).toEqual([`${PATH}#p1`]);
  });

  it('passes unchanged words, new paragraphs after the last, and a change of markup alone', () => {
    expect(reworded(ORIGINAL, ORIGINAL)).toEqual([]);
    expect(
      reworded(ORIGINAL, page('First words.', 'Second words.', 'Third words.', 'New.')),
    ).toEqual([]);
    expect(
      reworded(ORIGINAL, page('<em>First</em> words.', 'Second words.', 'Third words.')),
    ).toEqual([]);
  });

  it('leaves paragraphs that moved to the renumbering check', () => {
    const after = page('First words.', 'Inserted.', 'Second words.', 'Third words.');
    expect(reworded(ORIGINAL, after)).toEqual([]);
    expect(check(ORIGINAL, after)).toHaveLength(1);
  });

  it('refuses an update taken out, even with the words unchanged', () => {
    const problems = reworded(ORIGINAL, ORIGINAL, [2, 1]);
    expect(problems).toEqual([
      {
        file: 'content/statements/example.mdx',
        field: 'changes',
        message:
          'The page listed 2 dated updates when it was last recorded, and now lists 1. Readers have been told about each one, so none may be taken out: put the missing line back under changes:.',
      },
    ]);
  });

  it('checks only pages that list updates: documents’ pages', () => {
    const problems = findRewording({
      recorded: {
        paragraphs: new Map([
          ['/about/', new Map(Object.entries(paragraphFingerprints(ORIGINAL)))],
        ]),
        updates: new Map(),
      },
      published: {
        paragraphs: new Map([
          ['/about/', new Map(Object.entries(paragraphFingerprints(CORRECTED)))],
        ]),
        updates: new Map(),
      },
      wordsAt: () => undefined,
      sourceOf: () => undefined,
      manifestFile: 'content/permalinks.json',
    });
    expect(problems).toEqual([]);
  });
});
