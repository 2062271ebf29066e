/**
 * Records every link and image in a body that points inside the site (`/reports/x/#p3`,
 * `#p2`, `/images/map.png`), with its line, while the body is compiled anyway. Whether
 * each target exists can only be told once every document is read (a new document may
 * link to another new one), so the cross-collection check does that
 * (src/lib/integrity/check-body-links.ts); collecting here spares it a second parse.
 *
 * Only what the author wrote is recorded, from the Markdown tree: the links the compiler
 * adds itself (paragraph links, glossary terms, `<Addresses>` notes) are right by making.
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { definitionsIn } from './reference-definitions';

/** A link or image source in a body that points at a page, file or anchor of this site. */
export interface InternalLink {
  /** As written: root-relative without the base path (`/reports/x/#p3`) or `#p3`. */
  url: string;
  kind: 'link' | 'image';
  /** Where it is written; the body's line until compile-mdx.ts makes it the file's. */
  line: number;
  column: number;
}

/** `/…` (not `//host`, another site) or `#…`: the forms that stay on this site. */
export function isInternalUrl(url: string): boolean {
  return url.startsWith('#') || (url.startsWith('/') && !/^\/[\\/]/.test(url));
}

export function remarkInternalLinks() {
  return (tree: Root, file: VFile) => {
    const links: InternalLink[] = [];
    const definitions = definitionsIn(tree);
    const record = (url: string, kind: InternalLink['kind'], node: Nodes) => {
      const start = node.position?.start;
      if (!start || !isInternalUrl(url)) return;
      links.push({ url, kind, line: start.line, column: start.column });
    };
    visit(tree, (node: Nodes) => {
      if (node.type === 'link') record(node.url, 'link', node);
      else if (node.type === 'image') record(node.url, 'image', node);
      // `[words][ref]` is reported where it is used; an unused definition links nowhere.
      else if (node.type === 'linkReference' || node.type === 'imageReference') {
        const definition = definitions.get(node.identifier);
        const kind = node.type === 'linkReference' ? 'link' : 'image';
        if (definition) record(definition.url, kind, node);
      }
    });
    file.data.internalLinks = links;
  };
}

declare module 'vfile' {
  interface DataMap {
    internalLinks: InternalLink[];
  }
}
