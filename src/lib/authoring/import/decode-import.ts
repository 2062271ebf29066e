/**
 * An imported web page's or text file's bytes as text. UTF-8 is read as it is; a web page
 * that declares another encoding (`<meta charset="windows-1252">`) is read in it, as a
 * browser would. Anything else is refused: Notepad's "ANSI" or a Latin-1 file read as
 * UTF-8 turned "café" into "caf�", and a guessed encoding could change letters in a
 * document published word for word.
 */
import { firstInvalidByte } from '../../content/content-source';
import { AuthoringError } from '../write-document';

const UTF8 = 'utf-8';
/** Browsers look for the declaration in a page's first 1,024 bytes. */
const DECLARATION_WINDOW = 1024;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

export function decodeImported(bytes: Uint8Array, path: string, kind: 'html' | 'text'): string {
  const encoding = kind === 'html' ? declaredEncoding(bytes) : UTF8;
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const { line, column } = firstInvalidByte(bytes);
    const declared = encoding === UTF8 ? '' : ` (it says it is ${encoding}, but is not)`;
    throw new AuthoringError(
      `${path} is not saved as UTF-8${declared}: the letter at line ${line}, column ${column} cannot be read for certain. Save it as UTF-8 (in Notepad: File, Save As, Encoding: UTF-8; in Word: Save As, Plain Text, then Unicode (UTF-8)) and import it again.`,
    );
  }
}

/** The encoding a page declares, as a decoder names it; UTF-8 when none or an unknown one. */
function declaredEncoding(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_WINDOW));
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return UTF8;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return UTF8;
  }
}
