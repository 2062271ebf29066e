/**
 * Refuses quotes and lists nested more deeply than any document needs. Each level is a
 * step of recursion for every later stage (our plugins, HTML output, Astro's rendering,
 * search indexing), and a file with thousands of `>` would crash the build with a stack
 * overflow that names no file. Too deep a part is reported at its line and cut from the
 * tree, so no later stage meets it; the build then stops on the report.
 *
 * The walk keeps its own stack rather than recursing, for the same reason.
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';

/** Far more than any report uses (two or three), far less than what overflows. */
export const MAX_NESTING = 20;

/** Node types that put their children one level deeper. */
const NESTING = new Set(['blockquote', 'list', 'mdxJsxFlowElement']);

export function remarkNestingLimit() {
  return (tree: Root, file: VFile) => {
    const pending: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
    for (let next = pending.pop(); next; next = pending.pop()) {
      const { node } = next;
      const depth = next.depth + (NESTING.has(node.type) ? 1 : 0);
      if (!('children' in node)) continue;
      if (depth > MAX_NESTING) {
        file.message(tooDeep(), { place: node.position, ruleId: 'nesting' });
        node.children = [];
        continue;
      }
      for (const child of node.children) pending.push({ node: child, depth });
    }
  };
}

export function tooDeep(): string {
  return `Quotes or lists are nested more than ${MAX_NESTING} levels deep here. Write at most ${MAX_NESTING} levels: check for stray > or indented - at the start of lines.`;
}

/**
 * The first line that opens more levels than the limit on its own: leading `>` marks, or
 * a list marker indented past the limit's depth. Found by a scan of the text, before the
 * parser (slow on deep lists) or its stack (which deep nesting exhausts) is involved.
 * 1-based; undefined when no single line goes too deep (the tree walk catches the rest).
 */
export function firstTooDeepLine(body: string): number | undefined {
  const lines = body.split('\n');
  const index = lines.findIndex((line) => {
    const quotes = /^[\s>]*/.exec(line)?.[0].split('>').length ?? 1;
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    return (
      quotes - 1 > MAX_NESTING || (indent > MAX_NESTING * 2 && /^\s*([-*+]|\d+[.)])\s/.test(line))
    );
  });
  return index === -1 ? undefined : index + 1;
}
