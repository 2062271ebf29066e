/**
 * Marks every glossary acronym in a document with `<abbr title="expansion">`, and links
 * its first use to its glossary entry, as GOV.UK style asks ("explain an abbreviation
 * the first time you use it"). Only elements are added around the words, so the text
 * itself is exactly as published. Where the document spells a term out itself, in brackets
 * straight after it, the pop-up expansion is left off: the document's own words stand,
 * even where they differ from the glossary's (the PCC's "THRIVE (… Evaluation)").
 * The glossary comes in `file.data.glossary`; its digest
 * is part of the compile cache key (see mdx-document-loader.ts).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { termMatcher, type GlossaryEntry } from '../glossary/find-terms';
import { termSegments } from '../glossary/term-segments';

/** Inside these, a term is left alone (links cannot nest; code is literal). */
const UNMARKED = new Set(['a', 'abbr', 'code', 'pre']);
/** Inside these, a term is marked but not linked (a link in a heading is a trap). */
const UNLINKED = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function rehypeGlossaryTerms() {
  return (tree: Root, file: VFile) => {
    const match = termMatcher(file.data.glossary ?? []);
    if (!match) return;
    const linked = new Set<string>();
    visit(tree, 'element', (element: Element) => {
      if (UNMARKED.has(element.tagName)) return SKIP;
      if (element.tagName === 'p' && hasClass(element, 'addresses-note')) return SKIP;
      const canLink = !UNLINKED.has(element.tagName);
      element.children = element.children.flatMap((child) =>
        child.type === 'text' ? markText(child, match, canLink, linked) : [child],
      );
      return undefined;
    });
  };
}

function markText(
  node: Text,
  match: NonNullable<ReturnType<typeof termMatcher>>,
  canLink: boolean,
  linked: Set<string>,
): ElementContent[] {
  return termSegments(node.value, match, linked, canLink).map((segment): ElementContent => {
    if (!('entry' in segment)) return { type: 'text', value: segment.text };
    const abbr = abbreviation(segment.entry, segment.text, segment.spelledOut);
    if (!segment.link) return abbr;
    return {
      type: 'element',
      tagName: 'a',
      properties: { href: `/glossary/#${segment.entry.id}`, className: ['glossary-term'] },
      children: [abbr],
    };
  });
}

function abbreviation(entry: GlossaryEntry, text: string, spelledOut: boolean): Element {
  return {
    type: 'element',
    tagName: 'abbr',
    properties: spelledOut ? {} : { title: entry.expansion },
    children: [{ type: 'text', value: text }],
  };
}

function hasClass(element: Element, name: string): boolean {
  const className = element.properties.className;
  return Array.isArray(className) && className.includes(name);
}

declare module 'vfile' {
  interface DataMap {
    glossary: readonly GlossaryEntry[];
  }
}
