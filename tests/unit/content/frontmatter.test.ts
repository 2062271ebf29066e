import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseFrontmatter } from '../../../src/lib/content/frontmatter';
import { validateFields } from '../../../src/lib/content/validate';
import { statementSchema } from '../../../src/schemas/document';
import { STATEMENT_FRONTMATTER } from '../../support/statement-frontmatter';

const FILE = 'content/statements/example.mdx';

const VALID = `${STATEMENT_FRONTMATTER}\nThe body.\n`;

function parsed(source: string) {
  const result = parseFrontmatter(source, FILE);
  if ('problems' in result) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.parsed;
}

function problemsFor(source: string) {
  const result = parseFrontmatter(source, FILE);
  if ('problems' in result) return result.problems;
  const fields = validateFields(statementSchema, result.parsed.data, FILE, result.parsed.lineOf);
  return 'problems' in fields ? fields.problems : [];
}

describe('parseFrontmatter', () => {
  test('splits fields from the body and knows the line the body starts on', () => {
    const file = parsed(VALID);
    expect(file.data.title).toBe('A statement');
    expect(file.body).toBe('\nThe body.\n');
    expect(file.bodyLine).toBe(10);
  });

  test('keeps dates as written, so a month is not turned into a day', () => {
    expect(parsed(VALID).data.published).toBe('2023-09');
  });

  test('a valid file has no problems', () => {
    expect(problemsFor(VALID)).toEqual([]);
  });

  test('a file without frontmatter says how to start one', () => {
    expect(problemsFor('Just text.')).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 1,
        message: expect.stringMatching(/must start with frontmatter/),
      }),
    ]);
  });

  test('broken YAML names the line', () => {
    const [problem] = problemsFor(VALID.replace('published: "2023-09"', 'published: 2023-09:'));
    expect(problem).toMatchObject({
      file: FILE,
      line: 4,
      message: expect.stringMatching(/not valid YAML/),
    });
  });

  test('a frontmatter with no closing "---" says where to put one, not that it has none', () => {
    const unclosed = `${STATEMENT_FRONTMATTER.replace(/---\n$/, '')}\nThe body.\n`;
    expect(problemsFor(unclosed)).toEqual([
      {
        file: FILE,
        line: 1,
        message:
          'The frontmatter that starts on line 1 has no closing "---" line: add one after the last field (line 8).',
      },
    ]);
  });

  test('a body that opens with a list or a label is not taken for more fields', () => {
    for (const body of ['- The first point.\n- The second.', 'Note: this is a summary.'])
      expect(
        problemsFor(`${STATEMENT_FRONTMATTER.replace(/---\n$/, '')}\n${body}\n`)[0]?.message,
        body,
      ).toBe(
        'The frontmatter that starts on line 1 has no closing "---" line: add one after the last field (line 8).',
      );
  });

  test('a field written twice names both lines, not a quoting fix', () => {
    expect(
      problemsFor(VALID.replace('verbatim: true\n', 'verbatim: true\nverbatim: false\n')),
    ).toEqual([
      {
        file: FILE,
        line: 9,
        message: '"verbatim" is written twice (lines 8 and 9). Keep one of them.',
      },
    ]);
  });

  describe('a quote with no closing quote is closed at the end of its line', () => {
    const messageFor = (from: string, to: string) => problemsFor(VALID.replace(from, to));

    test('the closing quote is added, not a second opening one', () => {
      expect(
        messageFor('title: A statement', 'title: "Danny Kruger MP on the PCC\'s response'),
      ).toEqual([
        {
          file: FILE,
          line: 2,
          message:
            'The closing " is missing: add it at the end of the line: title: "Danny Kruger MP on the PCC\'s response"',
        },
      ]);
    });

    test('quotes inside get a \\ before each', () => {
      expect(messageFor('title: A statement', 'title: "The PCC said "yes" to it')).toEqual([
        {
          file: FILE,
          line: 2,
          message:
            'The closing " is missing: add it at the end of the line, and put a \\ before each " inside: title: "The PCC said \\"yes\\" to it"',
        },
      ]);
    });

    test('named on its own line when YAML reads on to the end of the frontmatter', () => {
      expect(
        messageFor('url: https://example.org/statement', 'url: "https://example.org/statement'),
      ).toEqual([
        {
          file: FILE,
          line: 7,
          message:
            'The closing " is missing: add it at the end of the line: url: "https://example.org/statement"',
        },
      ]);
    });
  });

  test('a list or fields in brackets with no closing bracket are named where they open, with the line to write', () => {
    expect(
      problemsFor(
        VALID.replace('issuer: wiltshire-police', 'issuer: wiltshire-police\nauthors: [jamie-hill'),
      ),
    ).toEqual([
      {
        file: FILE,
        line: 6,
        message:
          'The list that starts with [ on line 6 has no closing ]: write authors: [jamie-hill], or one "- item" per line.',
      },
    ]);
    expect(
      problemsFor(
        VALID.replace(
          'source:\n  url: https://example.org/statement',
          'source: {url: https://example.org/statement',
        ),
      ),
    ).toEqual([
      {
        file: FILE,
        line: 6,
        message:
          'The set of fields that starts with { on line 6 has no closing }: write source: {url: https://example.org/statement}, or each field on its own line below "source:", indented by two spaces.',
      },
    ]);
  });

  test('a line broken by text that YAML reads as syntax gets the line written in quotes', () => {
    const messageFor = (line: string) =>
      problemsFor(VALID.replace('summary: What was said.', line))[0]?.message;
    expect(messageFor('summary: PCC: our response')).toMatch(
      /^This is not valid YAML: .*\. If this value is text, put it all in double quotes, with a \\ before each " inside: summary: "PCC: our response"$/,
    );
    expect(messageFor('summary: "The PCC said "we welcome" it"')).toMatch(
      /: summary: "The PCC said \\"we welcome\\" it"$/,
    );
    expect(messageFor("summary: 'The PCC's view'")).toMatch(/: summary: "The PCC's view"$/);
  });

  // An editor that wraps long lines splits a summary in two, and YAML reads the second
  // line, not indented, as a field with no colon.
  test('a summary wrapped onto a line of its own is answered with the joined line', () => {
    expect(
      problemsFor(
        VALID.replace('summary: What was said.', 'summary: What was said\nby the force.'),
      ),
    ).toEqual([
      {
        file: FILE,
        line: 4,
        message:
          'This line has no colon. If it goes on from "summary:" above, join the two lines: summary: What was said by the force. If it is a field of its own, write by: the force.',
      },
    ]);
  });

  test('a value cut short at " #" is refused with the quoted line to write, not published as its first words', () => {
    expect(problemsFor(VALID.replace('title: A statement', 'title: Our #1 "priority"'))).toEqual([
      {
        file: FILE,
        line: 2,
        message:
          'The words from "#" on are left out of this value: after a space, YAML reads # as the start of a note. Put the whole value in double quotes: title: "Our #1 \\"priority\\""',
      },
    ]);
  });

  test('a note after a value, starting with a space as in the README, is still a note', () => {
    expect(
      parsed(VALID.replace('title: A statement', 'title: A statement # our title')).data.title,
    ).toBe('A statement');
  });
});

describe('field errors name the file, the line, the field and what to write', () => {
  test('a missing field', () => {
    expect(problemsFor(VALID.replace('title: A statement\n', ''))).toEqual([
      { file: FILE, field: 'title', line: 2, message: 'This field is missing. Write the title.' },
    ]);
  });

  // Word and many editors curl quotes as they are typed; the field's own message asks for
  // quotes, so without naming them the author sees they did what was asked.
  test('a value in curly quotes is told to be written in straight ones', () => {
    expect(problemsFor(VALID.replace('"2023-09"', '“2023-09”'))).toEqual([
      expect.objectContaining({
        field: 'published',
        message: expect.stringMatching(
          /is not a date\..* It is in curly quotes, which Word and many editors put in as you type: write it in straight quotes, "2023-09"\.$/,
        ),
      }),
    ]);
  });

  test('a title opening a curly quote it never closes is refused, not published', () => {
    expect(problemsFor(VALID.replace('title: A statement', 'title: “A statement'))).toEqual([
      expect.objectContaining({
        field: 'title',
        message:
          'This begins with a curly quotation mark (“) that is never closed, which Word and many editors put in as you type. Delete it ("A statement"), or close the quotation with ” where it ends.',
      }),
    ]);
    // A quotation opened and closed is the author's.
    expect(
      problemsFor(VALID.replace('title: A statement', 'title: “Improving”, says the force')),
    ).toEqual([]);
  });

  // A title heads the page, its social card and every list: a paste of the whole text
  // into the title would make them unreadable.
  test('a title longer than 200 characters is refused, at its line', () => {
    const long = 'Word '.repeat(41).trim();
    expect(problemsFor(VALID.replace('title: A statement', `title: ${long}`))).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'title',
        message:
          'Keep the title to 200 characters or fewer: shorten it, and give the rest in the summary or the body.',
      }),
    ]);
    expect(
      problemsFor(VALID.replace('title: A statement', `title: ${long.slice(0, 200)}`)),
    ).toEqual([]);
  });

  test('an invented day is refused: a date must be real', () => {
    expect(problemsFor(VALID.replace('"2023-09"', '"2023-09-31"'))).toEqual([
      expect.objectContaining({
        field: 'published',
        line: 4,
        message: expect.stringMatching(
          /"2023-09-31" is not a date\. Write a date in quotes as "YYYY-MM-DD"/,
        ),
      }),
    ]);
  });

  describe('a date after today is refused, so a typo cannot date a document in the future', () => {
    afterEach(() => vi.useRealTimers());
    const publishedOn = (date: string) => problemsFor(VALID.replace('"2023-09"', `"${date}"`));

    test.each(['2024-03-05', '2024-04', '2025'])('%s, when today is 4 March 2024', (date) => {
      vi.useFakeTimers({ now: new Date('2024-03-04T12:00:00Z') });
      expect(publishedOn(date)).toEqual([
        expect.objectContaining({
          field: 'published',
          line: 4,
          message: expect.stringMatching(/ is after today\. Write the date it really happened/),
        }),
      ]);
    });

    test.each(['2024-03-04', '2024-03', '2024'])('%s, a date today can be in', (date) => {
      vi.useFakeTimers({ now: new Date('2024-03-04T12:00:00Z') });
      expect(publishedOn(date)).toEqual([]);
    });

    test('today is the UK’s: just after midnight in London on 1 April is 1 April', () => {
      // 23:30 UTC on 31 March 2024 is 00:30 on 1 April in British Summer Time.
      vi.useFakeTimers({ now: new Date('2024-03-31T23:30:00Z') });
      expect(publishedOn('2024-04-01')).toEqual([]);
    });
  });

  test('a mistyped field', () => {
    expect(problemsFor(VALID.replace('verbatim: true', 'verbatim: yes'))).toEqual([
      expect.objectContaining({
        field: 'verbatim',
        line: 8,
        message: expect.stringMatching(/^Write verbatim: true/),
      }),
    ]);
  });

  test('a single id where a list belongs says how to write a list', () => {
    expect(
      problemsFor(
        VALID.replace('issuer: wiltshire-police', 'issuer: wiltshire-police\nauthors: jamie-hill'),
      ),
    ).toEqual([
      {
        file: FILE,
        field: 'authors',
        line: 6,
        message: expect.stringMatching(
          /^Write a list, even of one: in square brackets, \[first, second\]/,
        ),
      },
    ]);
  });

  describe('withdrawn: says when and why, with the dates other fields take', () => {
    const withWithdrawn = (lines: string) =>
      problemsFor(VALID.replace('verbatim: true\n', `verbatim: true\n${lines}`));

    test('a date known to the month, and a reason, are enough', () => {
      expect(withWithdrawn('withdrawn:\n  date: "2024-03"\n  reason: It was wrong.\n')).toEqual([]);
    });

    test('a date alone, or true, is answered with the two lines to write', () => {
      for (const [value, date] of [
        ['true', 'YYYY-MM-DD'],
        ['"2024-03-05"', '2024-03-05'],
      ]) {
        expect(withWithdrawn(`withdrawn: ${value}\n`)).toEqual([
          {
            file: FILE,
            field: 'withdrawn',
            line: 9,
            message: `Write withdrawn: with two lines indented under it, date: "${date}" (when it was withdrawn) and reason: (why, in one sentence); or leave the field out.`,
          },
        ]);
      }
    });

    test('a missing reason names its own field', () => {
      expect(withWithdrawn('withdrawn:\n  date: "2024-03-05"\n')).toEqual([
        {
          file: FILE,
          field: 'withdrawn.reason',
          line: 10,
          message: 'This field is missing. Write why it was withdrawn, in one sentence.',
        },
      ]);
    });

    test('a date written as words gets the date to write, on its own line', () => {
      expect(
        withWithdrawn('withdrawn:\n  date: "5 March 2024"\n  reason: It was wrong.\n'),
      ).toEqual([
        expect.objectContaining({
          field: 'withdrawn.date',
          line: 10,
          message: expect.stringMatching(/If you mean 5 March 2024, write "2024-03-05"/),
        }),
      ]);
    });
  });

  test('a misspelt field name is answered with the one meant', () => {
    expect(problemsFor(VALID.replace('issuer:', 'isuer:'))).toEqual([
      {
        file: FILE,
        field: 'isuer',
        line: 5,
        message: '"isuer" is not a field here: did you mean "issuer"?',
      },
    ]);
  });

  test('a misspelt field that is required is one problem, not also a missing field', () => {
    expect(problemsFor(VALID.replace('title:', 'tittle:'))).toEqual([
      {
        file: FILE,
        field: 'tittle',
        line: 2,
        message: '"tittle" is not a field here: did you mean "title"?',
      },
    ]);
    expect(problemsFor(VALID.replace('  url:', '  uri:'))).toEqual([
      {
        file: FILE,
        field: 'source.uri',
        line: 7,
        message: '"uri" is not a field here: did you mean "url"?',
      },
    ]);
  });

  test('an unknown field that is no near spelling of a field left out is to be checked or deleted', () => {
    const unknown = (name: string) => ({
      file: FILE,
      field: name,
      line: 9,
      message: `"${name}" is not a field here. Check the spelling against the README's field list, or delete it.`,
    });
    // "titel" is near "title", but the title is there.
    for (const name of ['colour', 'titel'])
      expect(
        problemsFor(VALID.replace('verbatim: true\n', `verbatim: true\n${name}: x\n`)),
      ).toEqual([unknown(name)]);
  });

  test('a web address that is not one a browser would show', () => {
    for (const [address, message] of [
      ['https://example.org/"><script>', /no spaces, double quotes, backslashes or < >/],
      ['https://example.org/a page', /no spaces, double quotes, backslashes or < >/],
      ['https://localhost/statement', /with the site’s domain/],
    ] as const) {
      expect(problemsFor(VALID.replace('https://example.org/statement', address))).toEqual([
        expect.objectContaining({
          field: 'source.url',
          line: 7,
          message: expect.stringMatching(message),
        }),
      ]);
    }
  });

  test("a web address with an apostrophe, as Wikipedia's have, is one", () => {
    expect(
      problemsFor(
        VALID.replace(
          'https://example.org/statement',
          "https://en.wikipedia.org/wiki/Children's_Commissioner_for_England",
        ),
      ),
    ).toEqual([]);
  });

  test('a nested field points at its own line', () => {
    expect(
      problemsFor(VALID.replace('https://example.org/statement', 'http://example.org/statement')),
    ).toEqual([
      expect.objectContaining({
        field: 'source.url',
        line: 7,
        message:
          'Write a web address starting with https://: https://example.org/statement (this site links only to secure pages).',
      }),
    ]);
  });

  test('an address pasted without https:// gets one message, with the address to write', () => {
    for (const [address, message] of [
      [
        'www.example.org/statement',
        'Write a web address starting with https://: https://www.example.org/statement (this site links only to secure pages).',
      ],
      ['the PCC website', 'Write a web address starting with https://'],
      [
        'https://intranet',
        'Write the full address, with the site’s domain: https://www.example.org/…',
      ],
    ] as const) {
      expect(problemsFor(VALID.replace('https://example.org/statement', address))).toEqual([
        { file: FILE, field: 'source.url', line: 7, message },
      ]);
    }
  });
});
