/** Counts as a British reader writes them, with thousands separated: "16,000". */
const wholeNumber = new Intl.NumberFormat('en-GB');

export function wholeNumberText(value: number): string {
  return wholeNumber.format(value);
}

/** "1 document" or "3,000 documents". */
export function countOf(total: number, one: string, many: string): string {
  return `${wholeNumberText(total)} ${total === 1 ? one : many}`;
}
