// A document links only to secure pages, as its source address must: an http:// link can
// be answered by anyone on the reader's network with another page than the one cited.
// The author is told where, and what to write, keeping a verbatim document's words.
import { describe, expect, it } from 'vitest';
import { compileMdx } from '../../../src/lib/markdown/compile-mdx';
import { ContentError, formatProblem } from '../../../src/lib/markdown/content-error';

function problemsIn(body: string): string[] {
  try {
    compileMdx(body, { file: 'content/statements/x.mdx' });
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

const REFUSED =
  'is not to a secure page (it starts with http://), and this site links only to secure ones.';

describe('a link to an http:// address', () => {
  it('is refused where it is, with the https:// address to write', () => {
    expect(problemsIn('Read [the plan](http://www.example.gov.uk/plan) today.\n')).toEqual([
      `content/statements/x.mdx:1:6 The link "http://www.example.gov.uk/plan" ${REFUSED} Write "https://www.example.gov.uk/plan". If the page has no https:// address, leave the words without a link.`,
    ]);
  });

  it('is refused in any capitals, and through a reference definition', () => {
    expect(problemsIn('Read [the plan][plan].\n\n[plan]: HTTP://example.gov.uk/plan\n')).toEqual([
      `content/statements/x.mdx:3:1 The link "HTTP://example.gov.uk/plan" ${REFUSED} Write "https://example.gov.uk/plan". If the page has no https:// address, leave the words without a link.`,
    ]);
  });

  it('written as text, is named at its line and column, keeping the words as written', () => {
    expect(problemsIn('Details are at http://example.gov.uk/plan.\n')).toEqual([
      `content/statements/x.mdx:1:16 The link "http://example.gov.uk/plan" ${REFUSED} To keep the words as they are, write [http://example.gov.uk/plan](https://example.gov.uk/plan). If the page has no https:// address, leave the words without a link.`,
    ]);
    expect(problemsIn('Details are on the\nweb at www.example.gov.uk/plan.\n')).toEqual([
      `content/statements/x.mdx:2:8 The link "http://www.example.gov.uk/plan" ${REFUSED} To keep the words as they are, write [www.example.gov.uk/plan](https://www.example.gov.uk/plan). If the page has no https:// address, leave the words without a link.`,
    ]);
  });

  it('to this site in full is answered with the address from the root, not only a scheme', () => {
    expect(
      problemsIn('[the statement](http://child-protection.example.org/statements/x/)\n'),
    ).toEqual([expect.stringContaining("Write it from the site's root: /statements/x/")]);
  });

  it('is accepted once secure, written as text or as a link', () => {
    expect(problemsIn('Details are at https://example.gov.uk/plan.\n')).toEqual([]);
    expect(
      problemsIn('Details are at [www.example.gov.uk/plan](https://www.example.gov.uk/plan).\n'),
    ).toEqual([]);
    expect(problemsIn('Write to [the office](mailto:office@example.gov.uk).\n')).toEqual([]);
  });
});
