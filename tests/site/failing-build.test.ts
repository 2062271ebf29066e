/**
 * A real `astro build` of a small broken content folder: an unknown recommendation id,
 * in a marked paragraph and in an assessment, must stop the build, say which file and
 * which id, and publish no page.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildFixture, fixtureContent, removeAll } from '../support/build-fixture';

const made: string[] = [];
afterAll(async () => {
  await removeAll(...made);
});

const RECOMMENDATION = `report: example-report
kind: recommendation
title: A real recommendation
text: What it asks.
wording: summary
addressedTo: [example-force]
source: https://example.org/report
`;

const REPORT = `---
title: An example report
summary: A report whose marked paragraph names a recommendation that does not exist.
published: '2023-08-01'
issuer: example-force
source:
  url: https://example.org/report
verbatim: false
force: example-force
inspection: ncpi
---

A first paragraph.
`;

test('an unknown recommendation id fails the build, naming the file, the line and the id', async () => {
  const content = await fixtureContent(async (dir) => {
    await writeFile(join(dir, 'recommendations/a-real-recommendation.yaml'), RECOMMENDATION);
    await writeFile(join(dir, 'reports/example-report.mdx'), REPORT);
    const statement = join(dir, 'statements/example-statement.mdx');
    const source = await readFile(statement, 'utf8');
    await writeFile(
      statement,
      source
        .replace(
          'verbatim: true\n',
          'verbatim: true\nassessments:\n  - recommendation: a-misspelt-one\n    status: met\n',
        )
        .replace(
          'The second paragraph.',
          '<Addresses recommendation="no-such-recommendation">\n\nThe second paragraph.\n\n</Addresses>',
        ),
    );
  });
  const build = await buildFixture(content);
  made.push(content, build.outDir);

  expect(build.code, build.output).not.toBe(0);
  expect(build.output).toContain('The content has 2 problems; nothing was published.');
  expect(build.output).toMatch(
    /statements\/example-statement\.mdx:\d+ <Addresses recommendation>: There is no recommendation "no-such-recommendation"/,
  );
  expect(build.output).toMatch(
    /statements\/example-statement\.mdx:11 assessments\.0\.recommendation: There is no recommendation "a-misspelt-one"\. Write the id of one in content\/recommendations\/ \(without \.yaml\): a-real-recommendation\./,
  );
  expect(
    existsSync(join(build.outDir, 'dist', 'statements', 'example-statement', 'index.html')),
  ).toBe(false);
}, 180_000);
