/**
 * Makes a converted Markdown tree fit for a content file: takes the title from a
 * leading top-level heading (the page prints the title itself), moves the remaining
 * headings so the highest is "##", drops images (they need alt text written by a
 * person, and embedded ones cannot be published as they are), unwraps links that would
 * not work on the site (Word bookmarks, footnote jumps), writes links to this site from
 * its root and links to other sites' http:// addresses as https://, leaves out invisible
 * characters, and removes empty paragraphs and empty table headers.
 */
import type { Heading, Nodes, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { SKIP, visit } from 'unist-util-visit';
import { ownSitePath } from '../../markdown/own-site-links';
import { schemeOf } from '../../markdown/safe-url';
import { INVISIBLE } from '../../text/invisible-characters';

export interface Tidied {
  tree: Root;
  /** The text of the leading top-level heading, when there was one. */
  title?: string;
  /** How many images were left out, so the author can be told. */
  droppedImages: number;
  /** How many invisible characters (zero-width spaces, soft hyphens…) were left out. */
  droppedInvisible: number;
  /** The http:// addresses linked to, each now linked as https://, for the author to try. */
  securedLinks: string[];
}

const EVERY_INVISIBLE = new RegExp(INVISIBLE.source, 'gu');

const WORKING_LINK = /^(?:https?:|mailto:)/i;
/** Mammoth's links back from a footnote to where it is referenced. */
const FOOTNOTE_BACK_LINK = /^#(?:footnote|endnote)-ref-/;

export function tidyMdast(tree: Root): Tidied {
  let droppedImages = 0;
  let droppedInvisible = 0;
  const securedLinks: string[] = [];
  // An address in the text (`http://…`, `www.…`) is a link once the file is compiled, as
  // GFM reads it: made one here, with GFM's own rules, so it is written as a secure link.
  for (const transform of gfmAutolinkLiteralFromMarkdown().transforms ?? []) transform(tree);
  visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') {
      if (node.type !== 'html') droppedImages += 1;
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type === 'link' && FOOTNOTE_BACK_LINK.test(node.url)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type === 'link' && !WORKING_LINK.test(node.url)) {
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    }
    // Zero-width spaces and soft hyphens are common in web pages and invisible in them;
    // the build refuses them (they split words for search), so they are left out here.
    if (node.type === 'text') {
      const visible = node.value.replace(EVERY_INVISIBLE, '');
      droppedInvisible += node.value.length - visible.length;
      node.value = visible;
    }
    // A link to this site written in full (a page saved from it) is written from its root,
    // as the build asks: it then keeps working if the site moves, and is checked.
    if (node.type === 'link') node.url = ownSitePath(node.url) ?? node.url;
    // The build links only to secure pages. The words stay as they were; the author is
    // told which addresses to try, in case one has no secure version.
    if (node.type === 'link' && schemeOf(node.url) === 'http') {
      securedLinks.push(node.url);
      node.url = `https://${node.url.replace(/^\s*http:\/\//i, '')}`;
    }
    return undefined;
  });
  removeEmptyBlocks(tree);
  visit(tree, 'table', (table) => {
    // Word rarely marks a header row, so rehype-remark adds an empty one; a Markdown
    // table needs a header, and in a Word table it is almost always the first row.
    const [first, ...rest] = table.children;
    if (first && rest.length > 0 && toString(first).trim() === '') table.children = rest;
  });

  const result: Tidied = { tree, droppedImages, droppedInvisible, securedLinks };
  const first = tree.children[0];
  if (first?.type === 'heading' && first.depth === 1) {
    result.title = toString(first).trim();
    tree.children.shift();
  }
  demoteHeadings(tree);
  return result;
}

/** Word leaves empty paragraphs for spacing, and stray line breaks at their ends. */
function removeEmptyBlocks(tree: Root): void {
  visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
    while (node.children.at(-1)?.type === 'break') node.children.pop();
    while (node.children[0]?.type === 'break') node.children.shift();
    if (parent && index !== undefined && toString(node).trim() === '') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return SKIP;
  });
}

function demoteHeadings(tree: Root): void {
  const headings: Heading[] = [];
  visit(tree, 'heading', (heading) => {
    headings.push(heading);
  });
  // The page's title is its only h1; body headings start at h2 and skip no level.
  const highest = Math.min(...headings.map((heading) => heading.depth));
  const shift = 2 - highest;
  for (const heading of headings)
    heading.depth = Math.max(2, Math.min(6, heading.depth + shift)) as Heading['depth'];
}
