/**
 * YAML an author got wrong, in any content file, is answered with the line to fix and what
 * to write there, not the yaml library's grammar. (Frontmatter's own cases, line by line
 * in a document, are in frontmatter.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../../src/lib/content/yaml-with-lines';

const FILE = 'content/glossary.yaml';

function problemsFor(text: string, firstLine = 1) {
  const result = parseYaml(text, FILE, firstLine);
  return 'problems' in result ? result.problems : [];
}

describe('a field written more than once', () => {
  test('in each item of a list, once for each item', () => {
    expect(
      problemsFor(
        [
          '- id: mash',
          '  term: MASH',
          '  term: Mash',
          '- id: peel',
          '  term: PEEL',
          '  term: Peel',
          '  term: peel',
        ].join('\n'),
      ),
    ).toEqual([
      {
        file: FILE,
        line: 3,
        message: '"term" is written twice (lines 2 and 3). Keep one of them.',
      },
      {
        file: FILE,
        line: 6,
        message: '"term" is written 3 times (lines 5, 6 and 7). Keep one of them.',
      },
    ]);
  });
});

describe('a quote with no closing quote', () => {
  test('in single quotes with an apostrophe inside, the value is written in double quotes', () => {
    expect(problemsFor("term: MASH\nexpansion: 'The PCC's hub\nid: mash\n")).toEqual([
      {
        file: FILE,
        line: 2,
        message:
          'The closing \' is missing, and in single quotes an apostrophe ends the value: write it in double quotes instead, with a \\ before each " inside: expansion: "The PCC\'s hub"',
      },
    ]);
  });

  test('a quotation at the start of the text is kept as text', () => {
    expect(problemsFor("description: 'Unacceptable' delays\n")).toEqual([
      {
        file: FILE,
        line: 1,
        message: expect.stringMatching(
          /^This is not valid YAML: .*\. If this value is text, put it all in double quotes, with a \\ before each " inside: description: "'Unacceptable' delays"$/,
        ),
      },
    ]);
  });

  test('in an item of a list, at the end of the file', () => {
    expect(problemsFor('themes:\n  - governance\n  - "training')).toEqual([
      {
        file: FILE,
        line: 3,
        message: 'The closing " is missing: add it at the end of the line: - "training"',
      },
    ]);
  });

  test('inside brackets: one problem, the quote, not also the brackets it left open', () => {
    expect(problemsFor('authors: ["jamie-hill, alex-ng]\nsummary: Said.\n')).toEqual([
      {
        file: FILE,
        line: 1,
        message:
          'The closing " is missing from the text that starts with " on this line: add it where the text ends, with a \\ before each " inside.',
      },
    ]);
  });
});

describe('brackets with no closing bracket', () => {
  test('a list inside a list is closed twice', () => {
    expect(problemsFor('title: A\nauthors: [jamie-hill, [alex-ng\nsummary: Said.\n')).toEqual([
      {
        file: FILE,
        line: 2,
        message:
          'The list that starts with [ on line 2 has no closing ]: write authors: [jamie-hill, [alex-ng]], or one "- item" per line.',
      },
    ]);
  });

  test('a list over several lines is to end after its last item', () => {
    expect(problemsFor('title: A\nauthors: [jamie-hill,\n  alex-ng\nsummary: Said.\n')).toEqual([
      {
        file: FILE,
        line: 2,
        message:
          'The list that starts with [ on line 2 has no closing ]: end it with ] after its last item, or write one "- item" per line.',
      },
    ]);
  });
});

describe('a field out of place', () => {
  test('indented under one that has a value is named on its own line', () => {
    expect(
      problemsFor('- id: mash\n  term: MASH\n    expansion: Multi-Agency Safeguarding Hub\n'),
    ).toEqual([
      {
        file: FILE,
        line: 3,
        message:
          '"expansion:" is indented further than "term:" above it, which has a value, so YAML reads it as part of that value. Start "expansion:" where "term:" starts.',
      },
    ]);
  });

  test('indented in a document’s frontmatter is named on its line in the file', () => {
    const [problem] = problemsFor('title: A\n\n  summary: B\n', 2);
    expect(problem).toMatchObject({ line: 4 });
    expect(problem?.message).toMatch(/^"summary:" is indented further than "title:"/);
  });

  test('written without its colon is given one', () => {
    expect(
      problemsFor('- id: "mash"\n  term MASH\n  expansion: Multi-Agency Safeguarding Hub\n'),
    ).toEqual([
      {
        file: FILE,
        line: 2,
        message: "This line has no colon after the field's name: write term: MASH",
      },
    ]);
  });

  test('a value wrapped onto a line of its own is not told to be a field', () => {
    const [problem] = problemsFor('- id: mash\n  expansion: Multi-Agency\nSafeguarding Hub\n');
    expect(problem?.message).toBe(
      'This line has no colon. If it goes on from "expansion:" above, join the two lines: expansion: Multi-Agency Safeguarding Hub. If it is a field of its own, write Safeguarding: Hub.',
    );
  });

  test('indented under another in a file with Windows line endings is named too', () => {
    const [problem] = problemsFor('title: A\r\n  summary: B\r\n');
    expect(problem).toMatchObject({ line: 2 });
    expect(problem?.message).toMatch(/^"summary:" is indented further than "title:"/);
  });

  test('a value with a colon of its own is still told to be quoted', () => {
    const [problem] = problemsFor('- id: mash\n  term: MASH: the hub\n');
    expect(problem?.message).toContain('put it all in double quotes');
  });
});

describe('an invisible character written as an escape in quotes', () => {
  test('is refused at its line, as the same character typed in the file is', () => {
    for (const [escape, code] of [
      ['\\u202e', 'U+202E'],
      ['\\a', 'U+0007'],
      ['\\u200b', 'U+200B'],
      ['\\r', 'U+000D'],
    ] as const) {
      const [problem] = problemsFor(`- id: x\n  term: "Evil ${escape}txt"\n`);
      expect(problem, escape).toEqual({
        file: FILE,
        line: 2,
        message: `This value holds an invisible character (${code}), written as an escape such as \\u202e or \\a in quotes, which would be published unseen. Delete the escape.`,
      });
    }
  });

  test('but not a line break, a tab or Windows line endings', () => {
    expect(
      problemsFor('- id: x\r\n  term: "a\\tb\\nc"\r\n  expansion: >-\r\n    d\r\n    e\r\n'),
    ).toEqual([]);
  });
});
