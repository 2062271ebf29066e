// Links to this site are checked only in the forms the build can check: from the site's
// root, or an anchor. A relative link or the site's own address in full went out
// unchecked, and broken; now the author is told where, and the form to write instead.
import { afterEach, describe, expect, it, vi } from 'vitest';
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

describe('a link to this site', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('written relative to the page is refused, with the address from the root to write', () => {
    expect(problemsIn('See [the report](../../reports/ncpi-wiltshire-2022/#p9) first.\n')).toEqual([
      'content/statements/x.mdx:1:5 The link "../../reports/ncpi-wiltshire-2022/#p9" is relative to the address of the page it is on, so it leads somewhere else from a briefing or a feed, and the build cannot check it. Write it from the site\'s root, such as /reports/ncpi-wiltshire-2022/#p9',
    ]);
    expect(problemsIn('Text.\n\n[another](reports/no-such-report/)\n')[0]).toMatch(
      /^content\/statements\/x\.mdx:3:1 The link "reports\/no-such-report\/" is relative .* such as \/reports\/no-such-report\/$/,
    );
    expect(problemsIn('![A map](images/map.png)\n')[0]).toMatch(
      /The image "images\/map\.png" is relative .* such as \/images\/map\.png$/,
    );
  });

  it('written out as text is named at its line and column', () => {
    expect(
      problemsIn('Intro.\n\nSee https://child-protection.example.org/statements/x/ now.\n'),
    ).toEqual([
      expect.stringMatching(
        /^content\/statements\/x\.mdx:3:5 The link "https:\/\/child-protection\.example\.org\/statements\/x\/" is this site's own address written in full/,
      ),
    ]);
  });

  it('written as the site’s full address is refused, with the path to write', () => {
    expect(
      problemsIn('[the statement](https://child-protection.example.org/statements/x/#p2)\n'),
    ).toEqual([
      'content/statements/x.mdx:1:1 The link "https://child-protection.example.org/statements/x/#p2" is this site\'s own address written in full, which the build cannot check and which breaks if the site moves. Write it from the site\'s root: /statements/x/#p2',
    ]);
    vi.stubEnv('SITE_URL', 'https://accountability.example.net');
    expect(problemsIn('[a](https://accountability.example.net/glossary/#mash)\n')[0]).toMatch(
      /own address written in full.*root: \/glossary\/#mash$/,
    );
  });

  it('under a base path is this site only below it, and is written without it', () => {
    vi.stubEnv('SITE_URL', 'https://owner.github.io');
    vi.stubEnv('BASE_PATH', '/repo/');
    expect(problemsIn('[a](https://owner.github.io/repo/reports/x/#p2)\n')[0]).toMatch(
      /own address written in full.*root: \/reports\/x\/#p2$/,
    );
    expect(problemsIn('[b](https://owner.github.io/other-project/)\n')).toEqual([]);
  });

  it('suggests what a relative link most likely meant', () => {
    expect(problemsIn('[¶ 3](p3)\n')[0]).toMatch(/such as #p3$/);
    expect(problemsIn('[HMICFRS](www.justiceinspectorates.gov.uk/hmicfrs/)\n')[0]).toMatch(
      /such as https:\/\/www\.justiceinspectorates\.gov\.uk\/hmicfrs\/$/,
    );
    expect(problemsIn('[above](./#p3)\n')[0]).toMatch(/such as #p3$/);
  });

  it('as an image at the full address is told once, as this site’s own address', () => {
    expect(problemsIn('![A map](https://child-protection.example.org/images/map.png)\n')).toEqual([
      'content/statements/x.mdx:1:1 The image "https://child-protection.example.org/images/map.png" is this site\'s own address written in full, which the build cannot check and which breaks if the site moves. Write it from the site\'s root: /images/map.png',
    ]);
  });

  it('written from the root or as an anchor, and links to other sites, are accepted', () => {
    const body = [
      '[report](/reports/ncpi-wiltshire-2022/#p3), [above](#p1), [empty]()',
      '[HMICFRS](https://www.justiceinspectorates.gov.uk/hmicfrs/), [write](mailto:a@b.example)',
      '[phone](tel:101), ![map](/images/map.png)',
    ].join('\n');
    expect(problemsIn(`${body}\n`)).toEqual([]);
  });
});
