/** Orders people as a directory does: by surname, then by the whole name. */
const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });

const surname = (name: string) => name.trim().split(/\s+/).at(-1) ?? '';

export function compareBySurname(a: string, b: string): number {
  return collator.compare(surname(a), surname(b)) || collator.compare(a, b);
}
