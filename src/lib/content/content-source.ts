/**
 * A content file's bytes as text, or what is wrong with them. Every reader of content
 * (the content loaders, `npm run check:content`) goes through here, so a file the build
 * would publish wrongly is refused with its line and what to do:
 * - bytes that are not UTF-8 (a file saved as "Western" or Latin-1 by an older editor),
 *   which would be published as "Caf�";
 * - invisible control and formatting characters, such as a zero-width space or the
 *   Unicode controls that reverse the direction of text (U+202E), which would reach the
 *   page's HTML and data files unseen (invisible-characters.ts);
 * - a "�" already in the text, the mark a converter leaves for a letter it could not read,
 *   which would be published in place of the original's letter;
 * - a merge conflict left in the file (`<<<<<<<` … `>>>>>>>`).
 * A byte-order mark, which some Windows editors write first, is dropped, as Windows line
 * endings are by the parsers: the file reads as the author sees it.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ContentProblem } from '../markdown/content-error.ts';
import { firstInvisible } from '../text/invisible-characters.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8');

/** U+FFFD, what a decoder puts in place of bytes it cannot read. */
const LOST_LETTER = '\uFFFD';

const CONFLICT_MARKER = /^(?:<{7}|>{7})(?: |$)/m;

export type ContentSource = { source: string } | { problems: ContentProblem[] };

export function decodeContentSource(bytes: Uint8Array, file: string): ContentSource {
  let source: string;
  try {
    source = strictUtf8.decode(bytes);
  } catch {
    const { line, column } = firstInvalidByte(bytes);
    return {
      problems: [
        {
          file,
          line,
          column,
          message:
            'This file is not saved as UTF-8, so some letters would be published as "�". Save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and check the letters on this line.',
        },
      ],
    };
  }
  const invisible = firstInvisible(source);
  if (invisible) {
    const { line, column } = positionOf(source, invisible.index);
    return {
      problems: [
        {
          file,
          line,
          column,
          message: `This line holds an invisible control character (${invisible.code}), which would be published unseen. Delete it: retype the words around it if your editor does not show it.`,
        },
      ],
    };
  }
  const lost = source.indexOf(LOST_LETTER);
  if (lost >= 0) {
    return {
      problems: [
        {
          file,
          ...positionOf(source, lost),
          message:
            'This line holds "�", the mark left where a letter was lost in copying or converting the text. Put back the letter the original has there (é, £, ’ …).',
        },
      ],
    };
  }
  const conflict = CONFLICT_MARKER.exec(source);
  if (conflict) {
    return {
      problems: [
        {
          file,
          line: positionOf(source, conflict.index).line,
          message:
            'This file still has a merge conflict in it (a line of <<<<<<< or >>>>>>>). Keep the version you want, and delete the other one and the <<<<<<<, ======= and >>>>>>> lines.',
        },
      ],
    };
  }
  return { source };
}

export function readContentSource(absolute: string, file: string): ContentSource {
  return decodeContentSource(readFileSync(absolute), file);
}

export async function readContentSourceAsync(
  absolute: string,
  file: string,
): Promise<ContentSource> {
  return decodeContentSource(await readFile(absolute), file);
}

/**
 * Where the first byte that is not UTF-8 is, as an editor counts: lines split at line
 * feeds (a byte no multi-byte letter holds), the column in letters before it.
 */
export function firstInvalidByte(bytes: Uint8Array): { line: number; column: number } {
  let lineStart = 0;
  let line = 1;
  // Fed a byte at a time, a streaming decoder waits for the rest of a letter, and throws
  // at a byte that cannot go on with it: the letter begun earlier is the one at fault.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let letterStart: number | undefined;
  const at = (index: number) => ({
    line,
    column: lenientUtf8.decode(bytes.subarray(lineStart, index)).length + 1,
  });
  for (let index = 0; index < bytes.length; index += 1) {
    try {
      const letter = decoder.decode(bytes.subarray(index, index + 1), { stream: true });
      letterStart = letter === '' ? (letterStart ?? index) : undefined;
    } catch {
      return at(letterStart ?? index);
    }
    if (bytes[index] === 0x0a) {
      line += 1;
      lineStart = index + 1;
    }
  }
  // Only an unfinished letter at the very end is left.
  return at(letterStart ?? bytes.length);
}

function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(index, 0));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}
