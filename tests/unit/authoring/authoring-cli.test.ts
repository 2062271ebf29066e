import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { todayInUk } from '../../../src/lib/authoring/today';
import { copyContent, type ContentCopy } from '../../support/content-copy';
import { fillRecommendationTodos, fillTodos } from '../../support/fill-todos';
import { runCli } from '../../support/run-cli';

// Each test starts Node with tsx a few times, as `npm run …` does: seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });

let content: ContentCopy;
beforeEach(async () => {
  content = await copyContent();
});
afterEach(() => content.remove());

/** `npm run new -- …args`, on the copy of the content. */
const runNew = (...args: string[]) => runCli('new-document', args, content.relativeDir);
/** `npm run check:content`, on the copy of the content. */
const checkContent = () => runCli('check-content', [], content.relativeDir);

const newFile = () => join(content.dir, 'statements/pcc-statement-on-the-review.mdx');

describe('npm run new, then npm run check:content', () => {
  test('a new statement is reported TODO by TODO, with file and line, until filled in', async () => {
    const created = runNew('statement', 'PCC statement on the review');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(
      `Created ${content.relativeDir}/statements/pcc-statement-on-the-review.mdx`,
    );
    const text = await readFile(newFile(), 'utf8');
    expect(text).toContain('title: "PCC statement on the review"');
    // Never filled in with today: the original may be older. Today is named, to copy.
    expect(text).toContain(
      `published: "TODO: write the day the original was published, in quotes, as \\"YYYY-MM-DD\\" (or \\"YYYY-MM\\" if the day is not known): \\"${todayInUk()}\\" if it was published today."`,
    );

    const before = checkContent();
    expect(before.status).toBe(1);
    expect(before.stderr).toContain(
      `In ${content.relativeDir}/statements/pcc-statement-on-the-review.mdx:`,
    );
    expect(before.stderr).toMatch(
      /- line \d+, field summary: Still to do: write one or two plain-English sentences/,
    );
    expect(before.stderr).toMatch(
      /- line \d+, field source\.url: Still to do: write the web address/,
    );
    expect(before.stderr).toMatch(/- line \d+, field published: Still to do: write the day/);
    expect(before.stderr).toMatch(/Found 6 problems in \d+ content files\./);

    await writeFile(newFile(), fillTodos(text));
    const after = checkContent();
    expect(after.stderr).toBe('');
    expect(after.stdout).toMatch(/^All \d+ content files are ready to publish/);
    expect(after.status).toBe(0);
  });

  test('never overwrites a file, even one of another type with the same address', async () => {
    runNew('statement', 'PCC statement on the review');
    await writeFile(newFile(), 'my work');
    const again = runNew('response', 'PCC statement on the review');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(await readFile(newFile(), 'utf8')).toBe('my work');
  });

  test('a wrong command is answered with how to write it', () => {
    const wrong = runNew('letter', 'A title');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('npm run new -- statement "The statement’s title"');
  });
});

describe('npm run new -- recommendation, then npm run check:content', () => {
  const newRecommendation = () =>
    join(content.dir, 'recommendations/ncpi-wiltshire-2022-training.yaml');

  test('a new recommendation of a report is refused TODO by TODO until filled in', async () => {
    const created = runNew('recommendation', 'ncpi-wiltshire-2022', 'training');
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(
      `Created ${content.relativeDir}/recommendations/ncpi-wiltshire-2022-training.yaml`,
    );
    const text = await readFile(newRecommendation(), 'utf8');
    expect(text).toMatch(/^report: ncpi-wiltshire-2022$/m);
    expect(text).toMatch(/^wording: summary$/m);

    const before = checkContent();
    expect(before.status).toBe(1);
    expect(before.stderr).toContain(
      `In ${content.relativeDir}/recommendations/ncpi-wiltshire-2022-training.yaml:`,
    );
    expect(before.stderr).toMatch(
      /- line \d+, field kind: Still to do: write one of recommendation/,
    );
    expect(before.stderr).toMatch(/- line \d+, field source: Still to do: write the web address/);
    expect(before.stderr).toMatch(/Found 5 problems in \d+ content files\./);

    await writeFile(newRecommendation(), fillRecommendationTodos(text));
    const after = checkContent();
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
  });

  test('an unknown report is refused, with the one meant', async () => {
    const wrong = runNew('recommendation', 'ncpi-wiltshire-2020', 'training');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(
      `There is no report "ncpi-wiltshire-2020" in ${content.relativeDir}/reports/. Did you mean ncpi-wiltshire-2022?`,
    );
    expect(wrong.stderr).toContain('Nothing was written.');
    expect(await readdir(join(content.dir, 'recommendations'))).not.toContain(
      'ncpi-wiltshire-2020-training.yaml',
    );
  });

  test('never overwrites a recommendation that exists', async () => {
    const path = join(content.dir, 'recommendations/ncpi-wiltshire-2022-supervision.yaml');
    const before = await readFile(path, 'utf8');
    const again = runNew('recommendation', 'ncpi-wiltshire-2022', 'supervision');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      `${content.relativeDir}/recommendations/ncpi-wiltshire-2022-supervision.yaml already exists`,
    );
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  test('a name that cannot be an address is refused, with one that can', async () => {
    const bad = runNew('recommendation', 'ncpi-wiltshire-2022', 'Missing Children');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(
      'must be lowercase words joined by hyphens, e.g. missing-children',
    );
    const files = await readdir(join(content.dir, 'recommendations'));
    expect(files.filter((file) => /missing/i.test(file) && file.includes('2022'))).toEqual([]);

    const missing = runNew('recommendation', 'training');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(
      'npm run new -- recommendation ncpi-wiltshire-2022 missing-children',
    );
  });
});

test('check:content finds mistakes between files as the build does', async () => {
  const path = join(content.dir, 'statements/danny-kruger-ncpi-2022.mdx');
  const text = await readFile(path, 'utf8');
  await writeFile(
    path,
    text.replace('respondsTo: [ncpi-wiltshire-2022]', 'respondsTo: [ncpi-wiltshire-2020]'),
  );
  const line = text.split('\n').findIndex((each) => each.startsWith('respondsTo:')) + 1;
  const result = checkContent();
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(
    `line ${line}, field respondsTo.0: There is no report "ncpi-wiltshire-2020".`,
  );
});

test('check:content finds a published page whose file was renamed, before any build', async () => {
  const statements = join(content.dir, 'statements');
  await rename(
    join(statements, 'danny-kruger-ncpi-2022.mdx'),
    join(statements, 'danny-kruger-2022.mdx'),
  );
  const result = checkContent();
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`In ${content.relativeDir}/permalinks.json:`);
  expect(result.stderr).toMatch(
    /The page \/statements\/danny-kruger-ncpi-2022\/ was published, but no content file makes it now/,
  );
});

test('npm run import writes a statement from a text file, with TODOs for what it cannot know', async () => {
  const source = join(content.dir, '..', 'email.txt');
  await writeFile(source, 'We welcome the report {in full}.\n\nSigned,\nThe Commissioner\n');
  const result = runCli(
    'import-document',
    [source, '--type', 'statement', '--title', 'PCC welcomes the report'],
    content.relativeDir,
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const text = await readFile(join(content.dir, 'statements/pcc-welcomes-the-report.mdx'), 'utf8');
  expect(text).toContain('title: "PCC welcomes the report"');
  expect(text).toMatch(/^published: "TODO: write the day the original was published/m);
  expect(
    text.endsWith('\nWe welcome the report \\{in full}.\n\nSigned,\\\nThe Commissioner\n'),
  ).toBe(true);

  const check = checkContent();
  expect(check.status).toBe(1);
  expect(check.stderr).toMatch(
    /field published: Still to do: write the day the original was published/,
  );
});

// npm runs every script in the project folder, wherever the author typed the command.
test('npm run import finds a file named relative to the folder the author is in', async () => {
  const folder = join(content.dir, '..', 'Downloads');
  await mkdir(folder);
  await writeFile(join(folder, 'email.txt'), 'We welcome the report.\n');
  const result = runCli(
    'import-document',
    ['Downloads/email.txt', '--type', 'statement', '--title', 'PCC welcomes the report'],
    content.relativeDir,
    { INIT_CWD: join(content.dir, '..') },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const text = await readFile(join(content.dir, 'statements/pcc-welcomes-the-report.mdx'), 'utf8');
  expect(text.endsWith('\nWe welcome the report.\n')).toBe(true);
});
