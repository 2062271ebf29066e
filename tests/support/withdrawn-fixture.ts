/**
 * A small site with a withdrawn statement, for the site and browser tests of withdrawal:
 * the minimal fixture, a report with one recommendation, the fixture's statement claiming
 * it is in progress (2023), and a later statement, since withdrawn, claiming it is met.
 * The content is invented for the tests and lives only in a temp folder, never in content/.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtureContent } from './build-fixture';
import { addExampleReport } from './example-report';

export const WITHDRAWN = {
  slug: 'withdrawn-statement',
  title: 'A statement later withdrawn',
  path: '/statements/withdrawn-statement/',
  date: '2024-03-05',
  reason: 'It gave figures that turned out to be wrong',
  recommendation: 'example-recommendation',
} as const;

const WITHDRAWN_STATEMENT = `---
title: ${WITHDRAWN.title}
summary: A statement that said the recommendation was met.
published: '2023-10-01'
issuer: example-force
source:
  url: https://example.org/withdrawn
verbatim: true
assessments:
  - recommendation: ${WITHDRAWN.recommendation}
    status: met
    paragraph: p2
withdrawn:
  date: '${WITHDRAWN.date}'
  reason: ${WITHDRAWN.reason}
---

The opening paragraph.

<Addresses recommendation="${WITHDRAWN.recommendation}">

The work the recommendation asks for is complete.

</Addresses>
`;

/** Writes the fixture into a temp folder and returns its path; remove it after. */
export function withdrawnFixture(): Promise<string> {
  return fixtureContent(async (dir) => {
    await addExampleReport(dir, {
      summary: 'A report that makes one recommendation.',
      recommendation: { id: WITHDRAWN.recommendation, title: 'An example recommendation' },
    });
    await writeFile(join(dir, `statements/${WITHDRAWN.slug}.mdx`), WITHDRAWN_STATEMENT);
    const standing = join(dir, 'statements/example-statement.mdx');
    const source = await readFile(standing, 'utf8');
    await writeFile(
      standing,
      source.replace(
        'verbatim: true\n',
        `verbatim: true\nassessments:\n  - recommendation: ${WITHDRAWN.recommendation}\n    status: in-progress\n`,
      ),
    );
  });
}
