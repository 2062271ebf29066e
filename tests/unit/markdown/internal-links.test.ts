import { describe, expect, test } from 'vitest';
import { readDocument } from '../../../src/lib/content/read-document';
import { compileMdx } from '../../../src/lib/markdown/compile-mdx';
import { statementSchema } from '../../../src/schemas/document';

const FRONTMATTER = `---
title: A statement
summary: A statement with links.
published: '2023-09-15'
issuer: example-force
source:
  url: https://example.org/statement
verbatim: true
---
`;

const BODY = `
See [the report](/reports/x/#p3) and [paragraph 2](#p2).

- An [outside link](https://example.org/) and a [protocol-relative one](//example.org/x).

![A map](/images/map.png)

<Addresses recommendation="rec-a">

Marked, with [a person](/people/someone/).

</Addresses>

A [reference link][ref] and an ![image reference][pic].

[ref]: /organisations/some-force/
[pic]: /images/chart.png
[unused]: /nowhere/
`;

describe('links a body makes inside the site', () => {
  test('are recorded with the line and column in the file, frontmatter included', () => {
    const result = readDocument(FRONTMATTER + BODY, 'content/statements/a.mdx', statementSchema);
    if (!('document' in result)) throw new Error(JSON.stringify(result.problems));
    // The frontmatter takes lines 1-9; the body's first (blank) line is line 10.
    expect(result.document.compiled.links).toEqual([
      { url: '/reports/x/#p3', kind: 'link', line: 11, column: 5 },
      { url: '#p2', kind: 'link', line: 11, column: 38 },
      { url: '/images/map.png', kind: 'image', line: 15, column: 1 },
      { url: '/people/someone/', kind: 'link', line: 19, column: 14 },
      { url: '/organisations/some-force/', kind: 'link', line: 23, column: 3 },
      { url: '/images/chart.png', kind: 'image', line: 23, column: 32 },
    ]);
  });

  test('are none when the body links only to other sites', () => {
    const { links } = compileMdx(
      '[Elsewhere](https://example.org/), [mail](mailto:a@example.org), https://www.example.org.',
      {
        file: 'x.mdx',
      },
    );
    expect(links).toEqual([]);
  });
});
