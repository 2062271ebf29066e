/**
 * Where a link GFM made from an address written as text (`https://…`, `www.…`) is in the
 * file. GFM makes those links after parsing, without a position, so a message about one
 * would name no line. Its words are in its parent's source, as written: the first place
 * they appear there, from the parent's start, is where the author wrote them.
 */
import type { Nodes, Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';

export function literalLinkPlace(
  node: Nodes,
  parent: Parent | undefined,
  file: VFile,
): Position | undefined {
  if (node.position) return node.position;
  const start = parent?.position?.start.offset;
  const end = parent?.position?.end.offset;
  if (start === undefined || end === undefined) return parent?.position;
  const source = String(file.value);
  const words = toString(node);
  const at = source.slice(start, end).indexOf(words);
  if (words === '' || at < 0) return parent?.position;
  return {
    start: pointAt(source, start + at),
    end: pointAt(source, start + at + words.length),
  };
}

/** The 1-based line and column of an offset in the source. */
function pointAt(source: string, offset: number): Point {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    line: before.split('\n').length,
    column: offset - lineStart + 1,
    offset,
  };
}
