/**
 * Expands `<Addresses recommendation="…">` into a plain wrapper that the HTML stage
 * turns into paragraph-level cross-links. Runs after remark-restrict-mdx, so props are
 * already known to be literal strings.
 *
 * Two forms are accepted: the block form, tags on their own lines around one or more
 * blocks, and the one-line form, `<Addresses …>A paragraph.</Addresses>`.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { ALLOWED_COMPONENTS } from './allowed-components';

/** The class of the wrapper element; the HTML stage looks for it. */
export const ADDRESSES_CLASS = 'addresses';

const USAGE = ALLOWED_COMPONENTS.Addresses?.usage ?? '';

export function remarkAddresses() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const element = addressesIn(node);
      if (!element) return undefined;
      if (parent.type !== 'root') {
        misplaced(file, element);
        return SKIP;
      }
      const children =
        element.type === 'mdxJsxTextElement'
          ? [
              {
                type: 'paragraph',
                children: element.children,
                position: node.position,
              } as Paragraph,
            ]
          : element.children;
      if (children.length === 0) {
        file.message(
          '<Addresses> wraps nothing: put the paragraphs it marks between <Addresses …> and </Addresses>.',
          { place: element.position, ruleId: 'component-empty' },
        );
      }
      // What it wraps is not visited again (SKIP below): an <Addresses> inside it would be
      // dropped, its id unchecked and its paragraphs unnumbered, so it is found here.
      visit({ type: 'root', children } as Root, (inner) => {
        const nested = addressesIn(inner);
        if (nested) misplaced(file, nested);
      });
      const ids = recommendationIds(element);
      const repeated = ids.filter((id, at) => ids.indexOf(id) !== at);
      if (repeated.length > 0) {
        // Each id would otherwise quote the same paragraphs twice on its recommendation's page.
        file.message(
          `<Addresses> lists ${[...new Set(repeated)].map((id) => `"${id}"`).join(', ')} more than once: list each recommendation once.`,
          { place: element.position, ruleId: 'component-repeated-id' },
        );
      }
      parent.children[index] = {
        type: 'addresses',
        children,
        position: node.position,
        data: {
          hName: 'div',
          hProperties: {
            className: [ADDRESSES_CLASS],
            dataRecommendations: ids.join(' '),
            dataLine: element.position?.start.line,
          },
        },
      } as unknown as RootContent;
      return SKIP;
    });
  };
}

function misplaced(file: VFile, element: MdxJsxFlowElement | MdxJsxTextElement): void {
  file.message(
    `<Addresses> must be at the top level of the document, around whole paragraphs, not inside a sentence, list, quote or another <Addresses>: ${USAGE}.`,
    { place: element.position, ruleId: 'component-placement' },
  );
}

/** The `<Addresses>` element a node is, or a paragraph that consists of only one. */
function addressesIn(node: unknown): MdxJsxFlowElement | MdxJsxTextElement | undefined {
  const candidate = node as RootContent;
  if (candidate.type === 'mdxJsxFlowElement' || candidate.type === 'mdxJsxTextElement') {
    return candidate.name === 'Addresses' ? candidate : undefined;
  }
  if (candidate.type === 'paragraph') {
    const meaningful = candidate.children.filter(
      (child) => !(child.type === 'text' && child.value.trim() === ''),
    );
    const only = meaningful[0];
    if (
      meaningful.length === 1 &&
      only?.type === 'mdxJsxTextElement' &&
      only.name === 'Addresses'
    ) {
      return only;
    }
  }
  return undefined;
}

function recommendationIds(element: MdxJsxFlowElement | MdxJsxTextElement): string[] {
  const attribute = element.attributes.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === 'recommendation',
  );
  const value = attribute && typeof attribute.value === 'string' ? attribute.value : '';
  return value.split(/[\s,]+/).filter(Boolean);
}
