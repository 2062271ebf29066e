/** Text with its first letter a capital, to start a sentence or a heading: "areas…" is "Areas…". */
export function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
