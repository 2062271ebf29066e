/**
 * A real build of a small broken content folder must stop, say which file and what to
 * write, and publish no page: an unknown recommendation id, in a marked paragraph and in an
 * assessment (`astro build`); and a problem in a file's own fields beside one between files,
 * both named by one `npm run build`, which leaves the previous dist/ as it was.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildFixture, fixtureContent, removeAll } from '../support/build-fixture';
import { REPO_ROOT } from '../support/paths';
import { runBuild } from '../support/run-build';
import { addExampleReport } from '../support/example-report';

const made: string[] = [];
afterAll(async () => {
  await removeAll(...made);
});

test('an unknown recommendation id fails the build, naming the file, the line and the id', async () => {
  const content = await fixtureContent(async (dir) => {
    await addExampleReport(dir, {
      summary: 'A report whose marked paragraph names a recommendation that does not exist.',
      recommendation: { id: 'a-real-recommendation', title: 'A real recommendation' },
    });
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

// Problems in files' own fields used to stop the build before the checks between files, so
// an author fixed a date only to learn, one build later, of a misspelt id in another file.
test('npm run build names a bad date in one file and an unknown person in another at once, and keeps the previous dist/', async () => {
  const content = await fixtureContent(async (dir) => {
    const statement = join(dir, 'statements/example-statement.mdx');
    const source = await readFile(statement, 'utf8');
    await writeFile(statement, source.replace("published: '2023-09-15'", 'published: 15/09/2023'));
    await writeFile(
      join(dir, 'statements/second-statement.mdx'),
      source.replace('authors: [example-author]', 'authors: [example-authr]'),
    );
  });
  // Inside the project (git-ignored), as build-fixture.ts explains.
  const work = await mkdtemp(join(REPO_ROOT, '.build-test-'));
  made.push(content, work);
  const dist = join(work, 'dist');
  const published = '<p>The build published before this one.</p>';
  await mkdir(dist);
  await writeFile(join(dist, 'index.html'), published);

  const build = await runBuild({
    CONTENT_DIR: content,
    OUT_DIR: dist,
    CACHE_DIR: join(work, '.cache'),
  });

  expect(build.code, build.output).not.toBe(0);
  const dateProblem =
    /statements\/example-statement\.mdx:4 published: "15\/09\/2023" is not a date\. If you mean 15 September 2023, write "2023-09-15"\./g;
  const personProblem =
    /statements\/second-statement\.mdx:6 authors\.0: There is no person "example-authr"\. Did you mean example-author\?/g;
  // One list with one count, each problem in it once.
  expect(build.output.match(/The content has \d+ problems?/g)).toEqual([
    'The content has 2 problems',
  ]);
  expect(build.output.match(dateProblem)).toHaveLength(1);
  expect(build.output.match(personProblem)).toHaveLength(1);
  expect(build.output).toContain('The build failed, so dist/ was left as it was');
  // Nothing published, nothing half-built left beside it.
  expect(await readdir(dist)).toEqual(['index.html']);
  expect(await readFile(join(dist, 'index.html'), 'utf8')).toBe(published);
  expect((await readdir(work)).sort()).toEqual(['.cache', 'dist']);
}, 180_000);
