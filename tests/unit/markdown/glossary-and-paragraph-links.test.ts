import { describe, expect, it } from 'vitest';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

/** An HTML fragment as a tree, parsed as the browser would. */
const fromHtml = (html: string): Root => unified().use(rehypeParse, { fragment: true }).parse(html);
import { compileMdx } from '../../../src/lib/markdown/compile-mdx';

const glossary = [
  { id: 'mash', term: 'MASH', expansion: 'Multi-Agency Safeguarding Hub' },
  { id: 'ppn', term: 'PPN', expansion: 'public protection notice' },
  { id: 'sentinel', term: 'Sentinel', expansion: 'A team name' },
];
const body = [
  '## The MASH',
  '',
  'The MASH shares information; PPNs go to the MASH.',
  '',
  '- Sentinel and `MASH` in code, and SMASHED is another word',
  '',
].join('\n');

/** Elements with this tag (and class), in document order. */
function selectAll(selector: string, tree: Root): Element[] {
  const [tag, className] = selector.split('.');
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    const classes = element.properties.className;
    if (
      element.tagName === tag &&
      (!className || (Array.isArray(classes) && classes.includes(className)))
    )
      found.push(element);
  });
  return found;
}

function byId(id: string, tree: Root): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (element: Element) => {
    if (element.properties.id === id) found ??= element;
  });
  return found;
}

const compile = () => fromHtml(compileMdx(body, { file: 'x.mdx', glossary }).html);
const plain = () => fromHtml(compileMdx(body, { file: 'x.mdx' }).html);

describe('acronyms in documents', () => {
  it('marks each acronym with its expansion and links only the first use outside headings', () => {
    const tree = compile();
    const abbrs = selectAll('abbr', tree).map((abbr) => [toText(abbr), abbr.properties.title]);
    expect(abbrs).toEqual([
      ['MASH', 'Multi-Agency Safeguarding Hub'],
      ['MASH', 'Multi-Agency Safeguarding Hub'],
      ['PPN', 'public protection notice'],
      ['MASH', 'Multi-Agency Safeguarding Hub'],
    ]);
    const links = selectAll('a.glossary-term', tree).map((link) => link.properties.href);
    expect(links).toEqual(['/glossary/#mash', '/glossary/#ppn']);
  });

  it('gives no pop-up expansion where the document spells the term out in brackets itself', () => {
    const spelled = fromHtml(
      compileMdx('Improve THRIVE (Threat Harm Risk Investigation Vulnerability Evaluation).', {
        file: 'x.mdx',
        glossary: [{ id: 'thrive', term: 'THRIVE', expansion: 'Threat, …, Engagement' }],
      }).html,
    );
    const [abbr] = selectAll('abbr', spelled);
    expect(abbr && toText(abbr)).toBe('THRIVE');
    expect(abbr?.properties.title).toBeUndefined();
    expect(selectAll('a.glossary-term', spelled).map((link) => link.properties.href)).toEqual([
      '/glossary/#thrive',
    ]);
  });

  it('leaves the words exactly as written', () => {
    for (const id of ['p1', 'p2']) {
      expect(toText(byId(id, compile())!)).toBe(toText(byId(id, plain())!));
    }
    expect(toText(byId('p1', compile())!)).toBe(
      'The MASH shares information; PPNs go to the MASH.',
    );
  });
});

describe('paragraph links', () => {
  it('follow every numbered block, are named for screen readers, ignored by search, and add no text', () => {
    const tree = compile();
    const links = selectAll('a.paragraph-link', tree);
    expect(links.map((link) => [link.properties.href, link.properties.ariaLabel])).toEqual([
      ['#p1', 'Paragraph 1, link to this paragraph'],
      ['#p2', 'Paragraph 2, link to this paragraph'],
    ]);
    expect(
      links.every((link) => link.properties.dataPagefindIgnore === '' && toText(link) === ''),
    ).toBe(true);
  });
});
