/**
 * Characters that would be published unseen: C0 controls other than tab, line feed and
 * carriage return; DEL; C1 controls; the format characters (Unicode's Cf: zero-width
 * spaces and joiners, soft hyphens, direction marks, the embeddings, overrides and
 * isolates that reverse text such as U+202E, tag characters); the line and paragraph
 * separators; and the combining grapheme joiner. Each can make published words read
 * differently from what the file shows, or split a word so that search cannot find it.
 */
export const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is its purpose
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Cf}\u2028\u2029]|\u034f/u;

/** `U+202E` for the first invisible character in `text`, if it has one. */
export function firstInvisible(text: string): { index: number; code: string } | undefined {
  const found = INVISIBLE.exec(text);
  if (!found) return undefined;
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return { index: found.index, code: `U+${code}` };
}
