/**
 * What an author is told for an element content cannot use, wherever the parser or the
 * restrictions find it. A near-miss of an allowed component (<Address>, <addresses>) is
 * a typo, not HTML, so it is answered with the name to write.
 */
import { closestSpelling } from '../text/closest-spelling';
import { ALLOWED_COMPONENTS } from './allowed-components';

const ALLOWED_NAMES = Object.keys(ALLOWED_COMPONENTS);

export function notAllowedElement(name: string | null): string {
  const tag = name === null ? '<>' : `<${name}>`;
  const meant =
    name === null
      ? undefined
      : closestSpelling(
          name.toLowerCase(),
          ALLOWED_NAMES.map((allowed) => allowed.toLowerCase()),
        );
  const allowed = ALLOWED_NAMES.find((candidate) => candidate.toLowerCase() === meant);
  if (allowed)
    return `${tag} is not a component content can use. Did you mean <${allowed}>? ${ALLOWED_COMPONENTS[allowed]!.usage}.`;
  const refused = `${tag} is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: ${ALLOWED_NAMES.join(', ')}).`;
  if (name === null) return refused;
  const lower = name.toLowerCase();
  const markdown = MARKDOWN_FOR[lower] ?? (/^h[1-6]$/.test(lower) ? HEADING : undefined);
  if (markdown) return `${refused} ${markdown}`;
  // "<name of officer>" in a quoted form is text: MDX reads any "<" before a letter as a
  // tag. A capitalised name (<Chart>) is a component, which no text looks like.
  if (/^[a-z]/.test(name) && !HTML_ELEMENTS.has(lower))
    return `${refused} If "<${name}" is text, not a tag, write \\<${name}.`;
  return refused;
}

const HEADING = 'For a heading, start its line with ## and a space.';

/** The Markdown to write for what an author reaching for an HTML tag wants. */
const MARKDOWN_FOR: Record<string, string> = {
  a: 'For a link, write [the words](https://…).',
  b: 'For bold, write **the words**.',
  strong: 'For bold, write **the words**.',
  i: 'For italics, write *the words*.',
  em: 'For italics, write *the words*.',
  br: 'To end a line without starting a paragraph, end it with a backslash (\\).',
  p: 'Leave a blank line between paragraphs.',
  div: 'Leave a blank line between paragraphs.',
  ul: 'For a list, start each item’s line with - and a space.',
  li: 'For a list, start each item’s line with - and a space.',
  ol: 'For a numbered list, start each item’s line with 1. and a space.',
  blockquote: 'For a quotation, start each of its lines with > and a space.',
  table: 'For a table, write each row between | bars, with | --- | under the first row.',
  img: 'Content pages carry text only: say in words what the image shows, if it matters.',
  hr: 'For a dividing line, write --- on a line of its own, with a blank line above it.',
};

/** HTML's element names, beyond those above: a name not among them is taken to be text. */
const HTML_ELEMENTS = new Set(
  (
    'abbr address area article aside audio base bdi bdo big body button canvas caption center ' +
    'cite code col colgroup data datalist dd del details dfn dialog dl dt embed fieldset ' +
    'figcaption figure font footer form frame frameset head header hgroup html iframe input ' +
    'ins kbd label legend link main map mark math menu meta meter nav noscript object optgroup ' +
    'option output param picture pre progress q rp rt ruby s samp script search section select ' +
    'slot small source span strike style sub summary sup svg template textarea tbody td tfoot ' +
    'th thead time title tr track tt u var video wbr'
  ).split(' '),
);
