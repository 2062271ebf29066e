/**
 * Plain-words explanations for MDX syntax errors that come from things authors paste in:
 * HTML comments, `<https://…>` links, HTML tags, curly quotes around a component's
 * value (Word and many editors turn " into “ as you type) and curly brackets in text. The
 * parser stops at these before the content restrictions run, and its own message
 * ("Unexpected character `!`…", "Could not parse expression with acorn") does not say
 * what to write instead.
 */
import { ALLOWED_COMPONENTS } from './allowed-components';
import { notAllowedElement } from './not-allowed-element';

/**
 * A < that MDX read as the start of a tag, followed by what cannot start one: a number or
 * a sign ("<5%", "<=", "<-"). Unescaped, not a comment.
 */
const LESS_THAN_AS_TEXT = /(?<!\\)<(?![\p{L}/!>\s])/gu;

/**
 * The line with each < that cannot start a tag written \<, except inside `inline code`,
 * where MDX shows a \ as it is and a < is text already.
 */
function escapedOutsideCode(line: string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(LESS_THAN_AS_TEXT, '\\<')))
    .join('');
}

/**
 * What to tell the author about the line the parser stopped on, if it is a known case.
 * `column` is where it stopped (from 1), when known: a < just before it is the cause,
 * whatever else the line has.
 */
export function syntaxHint(line: string, column?: number): string | undefined {
  if (line.includes('<!--')) {
    return 'HTML comments (<!-- … -->) cannot be used in content. Delete the comment: notes for editors belong outside the published file.';
  }
  if (
    column !== undefined &&
    line[column - 2] === '<' &&
    !/[\p{L}/!]/u.test(line[column - 1] ?? '')
  ) {
    const fixed = escapedOutsideCode(line).trim();
    return `A < before a number or a sign (as in "<5%") starts a tag in MDX, not text. To show it as text, write \\<: ${fixed.length > 100 ? `${fixed.slice(0, 100)}…` : fixed}`;
  }
  // Only the tag is straightened: curly quotes in the words after it are the author's.
  const curlyValue = /<[A-Z][\w.]*\s[^>]*=\s*([“”‘’])[^>]*>/.exec(line);
  if (curlyValue) {
    const straight = curlyValue[0].replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    return `The value after = is in curly quotes (${curlyValue[1]}), which Word and many editors put in as you type. Write straight quotes: ${straight}`;
  }
  const angleEmail = /<([^\s<>@:]+@[^\s<>]+)>/.exec(line);
  if (angleEmail) {
    return `Email addresses in angle brackets (<${angleEmail[1]}>) cannot be used in content. Write the address without the brackets: ${angleEmail[1]}`;
  }
  const angleLink = /<([a-z][a-z0-9+.-]*:[^\s>]*)>/i.exec(line);
  if (angleLink) {
    return `Links in angle brackets (<${angleLink[1]}>) cannot be used in content. Write [the words to click](https://…) instead.`;
  }
  // The parser stops at a closing tag only when nothing is open for it to close.
  const closing =
    column === undefined ? undefined : /^<\/([A-Z][\w.]*)/.exec(line.slice(column - 2));
  if (closing?.[1] && closing[1] in ALLOWED_COMPONENTS) {
    return `This </${closing[1]}> closes no <${closing[1]}> opened before it: delete it, or write ${ALLOWED_COMPONENTS[closing[1]]!.usage}.`;
  }
  for (const match of line.matchAll(/<\/?([A-Za-z][\w.:-]*)/g)) {
    const name = match[1] ?? '';
    if (!(name in ALLOWED_COMPONENTS)) {
      return notAllowedElement(name);
    }
  }
  if (/(^|[^\\])\{/.test(line)) {
    return 'A curly bracket { starts code, which content cannot have. To show curly brackets as text, write \\{ and \\}.';
  }
  return undefined;
}
