import { describe, expect, test } from 'vitest';
import { decodeContentSource } from '../../../src/lib/content/content-source';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))),
  );

const problemOf = (input: Uint8Array) => {
  const read = decodeContentSource(input, 'content/statements/x.mdx');
  expect('problems' in read).toBe(true);
  return 'problems' in read ? read.problems[0] : undefined;
};

describe('a content file’s text', () => {
  test('is read as UTF-8, with a byte-order mark dropped so the file starts as the author sees it', () => {
    expect(decodeContentSource(bytes([0xef, 0xbb, 0xbf], '---\ntitle: Café\n'), 'x')).toEqual({
      source: '---\ntitle: Café\n',
    });
  });

  // Saved as Latin-1, "Café" was published as "Caf�".
  test('that is not UTF-8 is refused with its line, and how to save it', () => {
    expect(problemOf(bytes('---\ntitle: Caf', [0xe9], '\n---\n'))).toMatchObject({
      file: 'content/statements/x.mdx',
      line: 2,
      column: 11,
      message: expect.stringMatching(/^This file is not saved as UTF-8.*Save it as UTF-8/),
    });
  });

  test('that is not UTF-8 is refused at its first bad byte, past a "�" it already holds', () => {
    expect(problemOf(bytes('A “quote” and �\nthen Caf', [0xe9], 's\n'))).toMatchObject({
      line: 2,
      column: 9,
    });
    // A byte that can only continue a letter, with none begun.
    expect(problemOf(bytes('ab', [0x80], 'c'))).toMatchObject({ line: 1, column: 3 });
    // A letter begun at the very end and never finished.
    expect(problemOf(bytes('ab\ncd', [0xe2, 0x80]))).toMatchObject({ line: 2, column: 3 });
  });

  test('with an invisible control or direction-reversing character is refused at it', () => {
    expect(problemOf(bytes('---\ntitle: Fine\n---\n\nWords \u202edesrever.\n'))).toMatchObject({
      line: 5,
      column: 7,
      message: expect.stringContaining('invisible control character (U+202E)'),
    });
    expect(problemOf(bytes('a\u0000b'))).toMatchObject({ line: 1, column: 2 });
  });

  // Pasted from a web page, a zero-width space splits "children" so search cannot find it.
  test('with a zero-width, soft-hyphen, separator or tag character is refused at it', () => {
    for (const [character, code] of [
      ['\u200b', 'U+200B'],
      ['\u00ad', 'U+00AD'],
      ['\u2060', 'U+2060'],
      ['\u2028', 'U+2028'],
      ['\u034f', 'U+034F'],
      ['\u{e0041}', 'U+E0041'],
    ] as const)
      expect(problemOf(bytes(`chil${character}dren`)), code).toMatchObject({
        line: 1,
        column: 5,
        message: expect.stringContaining(`invisible control character (${code})`),
      });
  });

  // Pasted from a file read in the wrong encoding, "café" arrives as "caf�" in valid UTF-8.
  test('with a "�" in it is refused at it, asking for the original’s letter', () => {
    expect(problemOf(bytes('---\ntitle: Fine\n---\n\nA caf\ufffd in town.\n'))).toMatchObject({
      line: 5,
      column: 6,
      message: expect.stringMatching(/^This line holds "�".*Put back the letter the original has/),
    });
  });

  test('keeps tabs, Windows line endings and non-breaking spaces, which are ordinary text', () => {
    const source = 'a\tb\r\nc\u00a0d — “e”\n';
    expect(decodeContentSource(bytes(source), 'x')).toEqual({ source });
  });

  test('with a merge conflict left in it is refused at the conflict', () => {
    const conflicted = 'name: A\n<<<<<<< HEAD\ntitle: One\n=======\ntitle: Two\n>>>>>>> branch\n';
    expect(problemOf(bytes(conflicted))).toMatchObject({
      line: 2,
      message: expect.stringContaining('merge conflict'),
    });
    // A heading underlined with "=" is Markdown, not a conflict.
    expect(decodeContentSource(bytes('Title\n=======\n'), 'x')).toEqual({
      source: 'Title\n=======\n',
    });
  });
});
