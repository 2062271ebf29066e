/**
 * Themes are written as ids in frontmatter ("missing-children"); readers see them as
 * words ("Missing children"). There is no theme list of its own yet, so the label is the
 * id in plain words, with the acronyms the documents use kept in capitals.
 */
const ACRONYMS = new Set(['mash', 'cse', 'cait', 'thrive', 'ict', 'peel']);

export function themeLabel(id: string): string {
  const words = id.split('-').map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word));
  const [first = '', ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}
