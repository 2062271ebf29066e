/**
 * Reading the built site (dist/) as a reader's browser would: pages by their public
 * path, the ids they define and the links they hold. For tests in tests/site/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

export const distDir = join(import.meta.dirname, '..', '..', process.env.OUT_DIR ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/$/, '');

const cache = new Map<string, Root>();

/** The file behind a public path such as `/recommendations/` or `/reports/x/`. */
export function pageFile(path: string): string {
  return join(distDir, path.replace(/^\//, ''), 'index.html');
}

export function pageExists(path: string): boolean {
  return existsSync(pageFile(path));
}

/** A built page, parsed. Throws when the page was not built. */
export function page(path: string): Root {
  let tree = cache.get(path);
  if (!tree) {
    tree = fromHtml(readFileSync(pageFile(path), 'utf8'));
    cache.set(path, tree);
  }
  return tree;
}

export function elements(
  tree: Root | Element,
  test: (element: Element) => boolean = () => true,
): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

export function hasClass(element: Element, name: string): boolean {
  const className = element.properties.className;
  return Array.isArray(className) && className.includes(name);
}

/** The element with this id, if the page has one. */
export function byId(tree: Root, id: string): Element | undefined {
  return elements(tree, (element) => element.properties.id === id)[0];
}

export interface Link {
  /** Public path without the base path, e.g. `/reports/x/`. */
  path: string;
  /** The part after `#`, if any. */
  fragment: string | undefined;
  element: Element;
}

/** Links to pages of this site, with the base path taken off. */
export function internalLinks(tree: Root | Element): Link[] {
  return elements(
    tree,
    (element) => element.tagName === 'a' && typeof element.properties.href === 'string',
  )
    .map((element) => ({ element, href: String(element.properties.href) }))
    .filter(({ href }) => href.startsWith('/') && !href.startsWith('//'))
    .map(({ element, href }) => {
      const [pathPart = '', fragment] = href.split('#');
      const path =
        base && pathPart.startsWith(base) ? pathPart.slice(base.length) || '/' : pathPart;
      return { path, fragment, element };
    });
}

/** The text of an element, whitespace collapsed. */
export function textOf(node: Root | Element): string {
  let text = '';
  visit(node, 'text', (child: { value: string }) => {
    text += child.value;
  });
  return text.replace(/\s+/g, ' ').trim();
}
