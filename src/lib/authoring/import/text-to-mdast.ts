/**
 * Plain text (an email, a copied web page) to a Markdown tree. Text has no markup, so
 * every character is kept as text: blocks are separated by blank lines; a block whose
 * every line starts with a bullet or a number becomes a list.
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

const BULLET = /^\s*[-*•–]\s+/;
const NUMBER = /^\s*(\d+)[.)]\s+/;
/** Lines this long or longer were probably wrapped by an email program, not by the author. */
const WRAPPED_LINE = 60;

export function textToMdast(text: string): Root {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0);
  return { type: 'root', children: blocks.map(toBlock) };
}

function toBlock(lines: string[]): RootContent {
  if (lines.every((line) => BULLET.test(line))) return list(lines, BULLET, false);
  if (lines.every((line) => NUMBER.test(line))) return list(lines, NUMBER, true);
  return paragraph(lines);
}

function list(lines: string[], marker: RegExp, ordered: boolean): List {
  const items: ListItem[] = lines.map((line) => ({
    type: 'listItem',
    spread: false,
    children: [paragraph([line.replace(marker, '')])],
  }));
  const start = ordered ? Number(NUMBER.exec(lines[0] ?? '')?.[1] ?? 1) : null;
  return { type: 'list', ordered, start, spread: false, children: items };
}

/**
 * Hard-wrapped prose is joined into one line; short lines (an address, a sign-off) keep
 * their line breaks.
 */
function paragraph(lines: string[]): Paragraph {
  const trimmed = lines.map((line) => line.trim());
  const wrapped = trimmed.slice(0, -1).every((line) => line.length >= WRAPPED_LINE);
  if (wrapped) return { type: 'paragraph', children: [{ type: 'text', value: trimmed.join(' ') }] };
  const children: PhrasingContent[] = [];
  trimmed.forEach((line, index) => {
    if (index > 0) children.push({ type: 'break' });
    children.push({ type: 'text', value: line });
  });
  return { type: 'paragraph', children };
}
