/** Names joined as a British reader writes them: "A", "A and B", "A, B and C". */
const conjunction = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

export function andList(items: readonly string[]): string {
  return conjunction.format(items);
}

/** The same for alternatives: "A or B", "A, B or C". */
const disjunction = new Intl.ListFormat('en-GB', { type: 'disjunction' });

export function orList(items: readonly string[]): string {
  return disjunction.format(items);
}
