/**
 * Rejects everything in content MDX that could run code or change the page around it:
 * `import`/`export`, `{expressions}`, unregistered elements (`<script>`, `<style>`,
 * `<iframe>`, any HTML), event-handler and expression props, links to anything but web
 * pages and email (`javascript:`, `data:`, `vbscript:`…, also through reference
 * definitions), links to pages that are not secure (`http://`, insecure-links.ts), images
 * from other sites (a third-party request for every reader), and
 * links to this site in a form the build cannot check (own-site-links.ts).
 * Registered components are checked for their props here and expanded later.
 */
import type { Root, Nodes, Parent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { ALLOWED_COMPONENTS } from './allowed-components';
import { insecureLinkProblem } from './insecure-links';
import { literalLinkPlace } from './literal-link-place';
import { notAllowedElement } from './not-allowed-element';
import { ownSiteLinkProblem } from './own-site-links';
import { isLocalImage, isSafeLink, urlInMessage } from './safe-url';
import { definitionsIn } from './reference-definitions';

export function remarkRestrictMdx() {
  return (tree: Root, file: VFile) => {
    const definitions = definitionsIn(tree);
    visit(tree, (node: Nodes, _index, parent: Parent | undefined) => {
      switch (node.type) {
        case 'mdxjsEsm':
          file.message(
            'import and export are not allowed in content: content cannot run code. Delete this line; the site provides the components you may use.',
            { place: node.position, ruleId: 'import-export' },
          );
          return SKIP;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          file.message(
            `{${node.value.trim()}} is code and cannot run in content. To show curly brackets as text, write \\{ and \\}.`,
            { place: node.position, ruleId: 'expression' },
          );
          return SKIP;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node, file);
          return undefined;
        case 'link':
        case 'definition':
          checkLink(node.url, node, file, 'link', literalLinkPlace(node, parent, file));
          return undefined;
        case 'image':
          checkLink(node.url, node, file, 'image');
          checkImage(node.url, node, file);
          return undefined;
        case 'imageReference': {
          const definition = definitions.get(node.identifier);
          if (definition) checkImage(definition.url, node, file);
          return undefined;
        }
        default:
          return undefined;
      }
    });
  };
}

function checkLink(
  url: string,
  node: Nodes,
  file: VFile,
  what: 'link' | 'image',
  place = node.position,
): void {
  // Copied from a file path on Windows: the page would be published with "%5C" in the
  // address, which leads nowhere, and no link check would look at it.
  if (url.includes('\\') && isSafeLink(url)) {
    file.message(
      `The ${what} ${urlInMessage(url)} has a backslash (\\) in it, which web addresses do not use. Write / instead: ${urlInMessage(url.replaceAll('\\', '/'))}.`,
      { place, ruleId: 'backslash-url' },
    );
    return;
  }
  if (isSafeLink(url)) {
    // Its own address in full gets the root form to write, not only a secure scheme.
    const ownSite = ownSiteLinkProblem(url);
    // An image's own check (checkImage) says what to do with one from another site.
    const insecure = what === 'link' ? insecureLinkProblem(url, node) : undefined;
    if (ownSite)
      file.message(`The ${what} ${urlInMessage(url)} ${ownSite}`, {
        place,
        ruleId: 'own-site-link',
      });
    else if (insecure) file.message(insecure, { place, ruleId: 'insecure-url' });
    return;
  }
  file.message(
    `The ${what} ${urlInMessage(url)} would run code or open something other than a web page. Link to an https:// address or a page on this site instead.`,
    { place, ruleId: 'unsafe-url' },
  );
}

function checkImage(url: string, node: Nodes, file: VFile): void {
  // This site's own address in full is answered by checkLink.
  if (!isSafeLink(url) || isLocalImage(url) || ownSiteLinkProblem(url)) return;
  file.message(
    `The image ${urlInMessage(url)} is on another website, so every reader's browser would contact that site. Link to it instead: [description](${url.slice(0, 60)}), or add the image to this site.`,
    { place: node.position, ruleId: 'remote-image' },
  );
}

function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, file: VFile): void {
  const tag = node.name === null ? '<>' : `<${node.name}>`;
  const spec = node.name === null ? undefined : ALLOWED_COMPONENTS[node.name];
  if (!spec) {
    file.message(notAllowedElement(node.name), { place: node.position, ruleId: 'element' });
    return;
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      file.message(`${tag} cannot take {…} props: content cannot run code. Use ${spec.usage}.`, {
        place: attribute.position ?? node.position,
        ruleId: 'expression-prop',
      });
      continue;
    }
    const prop = spec.props[attribute.name];
    if (/^on/i.test(attribute.name) || !prop) {
      const known = Object.keys(spec.props).join(', ');
      file.message(`${tag} has no prop "${attribute.name}"; it takes: ${known}.`, {
        place: attribute.position ?? node.position,
        ruleId: 'unknown-prop',
      });
      continue;
    }
    if (typeof attribute.value === 'string' && attribute.value.trim() === '') {
      file.message(`${tag} ${attribute.name}="" is empty: write ${prop.help}.`, {
        place: attribute.position ?? node.position,
        ruleId: 'prop-value',
      });
    } else if (typeof attribute.value !== 'string') {
      file.message(`${tag} ${attribute.name} must be text in quotes: ${prop.help}.`, {
        place: attribute.position ?? node.position,
        ruleId: 'prop-value',
      });
    }
  }
  for (const [name, prop] of Object.entries(spec.props)) {
    const given = node.attributes.some(
      (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name,
    );
    if (prop.required && !given) {
      file.message(`${tag} needs ${name}="…": ${prop.help}.`, {
        place: node.position,
        ruleId: 'missing-prop',
      });
    }
  }
}
