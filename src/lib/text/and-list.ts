/** Names joined as a British reader writes them: "A", "A and B", "A, B and C". */
const conjunction = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

export function andList(items: readonly string[]): string {
  return conjunction.format(items);
}
