/**
 * What to say about an id that is not lowercase words joined by hyphens. The usual causes
 * are invisible: a non-breaking space or a zero-width character pasted from Word or a web
 * page looks exactly like the right id, so the message names the character and gives the
 * id as it should be written.
 */

/** An entry's id: lowercase words joined by hyphens, e.g. `wiltshire-police`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Characters that print as a space or as nothing. */
const INVISIBLE = /[\u00a0\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;

/** The id an author most likely meant, or undefined when there is no telling. */
export function suggestedId(written: string): string | undefined {
  const id = written
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'‘]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ID_PATTERN.test(id) ? id : undefined;
}

/** The message for an id that does not match the pattern of ids. */
export function badIdMessage(written: unknown): string {
  const rule = 'An id is lowercase letters, digits and hyphens, e.g. wiltshire-police.';
  if (typeof written !== 'string') return `Write an id. ${rule}`;
  const suggestion = suggestedId(written);
  const instead = suggestion ? ` Write ${suggestion}` : '';
  if (INVISIBLE.test(written))
    return `"${written.trim()}" has an invisible character in it (a non-breaking or zero-width space, which Word and web pages add when text is copied).${instead ? `${instead}, typed rather than pasted.` : ` Type the id again rather than pasting it. ${rule}`}`;
  return `"${written}" is not an id. ${rule}${instead ? `${instead}.` : ''}`;
}
