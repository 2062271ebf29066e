/**
 * Plain-words explanations for MDX syntax errors that come from things authors paste in:
 * HTML comments, `<https://…>` links and HTML tags. The parser stops at these before the
 * content restrictions run, and its own message ("Unexpected character `!`…") does not
 * say what to write instead.
 */
import { ALLOWED_COMPONENTS } from './allowed-components';

const ALLOWED_NAMES = Object.keys(ALLOWED_COMPONENTS).join(', ');

/** What to tell the author about the line the parser stopped on, if it is a known case. */
export function syntaxHint(line: string): string | undefined {
  if (line.includes('<!--')) {
    return 'HTML comments (<!-- … -->) cannot be used in content. Delete the comment: notes for editors belong outside the published file.';
  }
  const angleLink = /<([a-z][a-z0-9+.-]*:[^\s>]*)>/i.exec(line);
  if (angleLink) {
    return `Links in angle brackets (<${angleLink[1]}>) cannot be used in content. Write [the words to click](https://…) instead.`;
  }
  for (const match of line.matchAll(/<\/?([A-Za-z][\w.:-]*)/g)) {
    const name = match[1] ?? '';
    if (!(name in ALLOWED_COMPONENTS)) {
      return `<${name}> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: ${ALLOWED_NAMES}).`;
    }
  }
  return undefined;
}
