/**
 * Keeps a CSV cell from being run as a formula. A spreadsheet takes a cell that begins with
 * =, +, - or @ as a formula, so text from content, such as a title
 * `=HYPERLINK("https://…","click")`, would run when the file is opened: CSV (formula)
 * injection. OWASP's list of such first characters adds tab and carriage return, and its
 * defence is a leading single quote, which makes a spreadsheet take the cell as text. Every
 * other cell is left exactly as it is, so a program reading the file strips the quote only
 * where it comes before one of these characters.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function asSpreadsheetText(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
