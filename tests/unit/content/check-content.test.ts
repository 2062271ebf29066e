/**
 * `npm run check:content` and the build read content through the same code: these are
 * the mistakes that code catches before any parsing, and the files nothing reads.
 */
import { mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content';
import { formatProblem } from '../../../src/lib/markdown/content-error';
import { fixtureContent, removeAll } from '../../support/build-fixture';

const made: string[] = [];

/** The problems found in the fixture after `edit`, and how many files were read. */
async function checkAfter(
  edit: (dir: string) => Promise<void>,
): Promise<{ problems: string[]; files: number }> {
  const dir = await fixtureContent(edit);
  made.push(dir);
  process.env.CONTENT_DIR = dir;
  const { problems, files } = await checkContent(process.cwd());
  return {
    problems: problems.map((problem) =>
      formatProblem({ ...problem, file: problem.file.replace(/^.*content-[^/]+\//, '') }),
    ),
    files,
  };
}

async function problemsAfter(edit: (dir: string) => Promise<void>): Promise<string[]> {
  return (await checkAfter(edit)).problems;
}

afterEach(async () => {
  delete process.env.CONTENT_DIR;
  await removeAll(...made.splice(0));
});

const STATEMENT = 'statements/example-statement.mdx';

describe('check:content', () => {
  test('passes the fixture as it is', async () => {
    expect(await problemsAfter(async () => {})).toEqual([]);
  });

  test('refuses a symbolic link in place of a content file, wherever it leads', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'outside-content-'));
    made.push(outside);
    const secret = join(outside, 'secret.mdx');
    const problems = await problemsAfter(async (dir) => {
      await writeFile(secret, await readFile(join(dir, STATEMENT), 'utf8'));
      await symlink(secret, join(dir, 'statements/leak.mdx'));
    });
    expect(problems).toEqual([
      'statements/leak.mdx This is a link to another file (a symbolic link), not a file of its own, so it is not published. Put the file itself here in place of the link.',
    ]);
  });

  test('names a folder nothing reads, and the folder it likely meant', async () => {
    const problems = await problemsAfter(async (dir) => {
      await mkdir(join(dir, 'statement'));
      await rename(join(dir, STATEMENT), join(dir, 'statement/example-statement.mdx'));
      await mkdir(join(dir, 'statements/2024'));
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^statement The build does not read this folder.*Did you mean statements\/\?/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^statements\/2024 Folders inside .*statements\/ are not read/),
    );
  });

  test('refuses a file that is not UTF-8, and reads one with a byte-order mark', async () => {
    const problems = await problemsAfter(async (dir) => {
      const file = join(dir, STATEMENT);
      const text = await readFile(file, 'utf8');
      await writeFile(
        file,
        Buffer.concat([Buffer.from(text.replace('The first', 'Caf')), Buffer.from([0xe9])]),
      );
      await writeFile(
        join(dir, 'people/example-author.yaml'),
        Buffer.concat([
          Buffer.from([0xef, 0xbb, 0xbf]),
          await readFile(join(dir, 'people/example-author.yaml')),
        ]),
      );
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^statements\/example-statement\.mdx:\d+:\d+ This file is not saved as UTF-8/,
      ),
    ]);
  });

  test('refuses a document with no paragraphs, which would publish a page of no words', async () => {
    const problems = await problemsAfter(async (dir) => {
      const file = join(dir, STATEMENT);
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/\n---\n[\s\S]*$/, '\n---\n\n## Only a heading\n'));
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^statements\/example-statement\.mdx:\d+ This document has no paragraphs of text\./,
      ),
    ]);
  });

  test('says what to write for a missing field, and for a file that is not a set of fields', async () => {
    const problems = await problemsAfter(async (dir) => {
      const file = join(dir, STATEMENT);
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace('source:\n  url: https://example.org/statement\n', ''));
      await writeFile(join(dir, 'people/example-author.yaml'), '- Example Author\n');
    });
    expect(problems).toContain(
      'people/example-author.yaml:1 This file must be a set of fields, one per line ("name: value"), like the other files in its folder.',
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^statements\/example-statement\.mdx:\d+ source: This field is missing\. Add "source:"/,
      ),
    );
  });

  test('says to indent YAML with spaces, once for each line with a tab', async () => {
    const problems = await problemsAfter(async (dir) => {
      const file = join(dir, 'people/example-author.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^ {2}/gm, '\t'));
    });
    expect(problems).toEqual([
      'people/example-author.yaml:3 This line is indented with a tab, and YAML needs spaces. Replace the tab with spaces (two for each level), as on the lines around it.',
      'people/example-author.yaml:4 This line is indented with a tab, and YAML needs spaces. Replace the tab with spaces (two for each level), as on the lines around it.',
      'people/example-author.yaml:5 This line is indented with a tab, and YAML needs spaces. Replace the tab with spaces (two for each level), as on the lines around it.',
      'people/example-author.yaml:7 This line is indented with a tab, and YAML needs spaces. Replace the tab with spaces (two for each level), as on the lines around it.',
    ]);
  });

  test('refuses YAML tags, and aliases that would expand without end', async () => {
    const aliases = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'
        .split('')
        .map(
          (name, index) =>
            `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[index]}`).join(', ')}]`,
        ),
    ];
    const problems = await problemsAfter(async (dir) => {
      await writeFile(join(dir, 'people/example-author.yaml'), `${aliases.join('\n')}\n`);
      await writeFile(
        join(dir, 'organisations/example-force.yaml'),
        (await readFile(join(dir, 'organisations/example-force.yaml'), 'utf8')).replace(
          /^name: .*$/m,
          'name: !!js/function "x"',
        ),
      );
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/^people\/example-author\.yaml This YAML repeats aliases/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^organisations\/example-force\.yaml:1 This YAML tag is not allowed/),
    );
  });

  test('names a glossary item without its expansion once, at its line, and a missing glossary', async () => {
    const asItIs = await checkAfter(async () => {});
    const pcc = '- id: pcc\n  term: PCC\n  source: https://example.org/glossary\n';
    const broken = await problemsAfter(async (dir) => {
      const file = join(dir, 'glossary.yaml');
      await writeFile(file, `${await readFile(file, 'utf8')}${pcc}`);
    });
    expect(broken).toEqual([
      'glossary.yaml:5 item 2 expansion: This field is missing. Write what the term stands for.',
    ]);
    const missing = await checkAfter((dir) => rm(join(dir, 'glossary.yaml')));
    expect(missing.problems).toEqual([
      'glossary.yaml This file is missing. Create it with a list of terms, or write "[]" in it for none.',
    ]);
    expect(missing.files).toBe(asItIs.files - 1);
  });

  test('names a misspelt theme at its line, and a theme list that fails without blaming documents', async () => {
    const themed = async (dir: string) => {
      await writeFile(
        join(dir, 'themes.yaml'),
        '- id: custody\n  label: Custody\n- id: training\n  label: Training\n',
      );
      const file = join(dir, STATEMENT);
      const text = await readFile(file, 'utf8');
      await writeFile(
        file,
        text.replace('verbatim: true\n', 'verbatim: true\nthemes: [training, custdy]\n'),
      );
    };
    expect(await problemsAfter(themed)).toEqual([
      `${STATEMENT}:10 themes.1: There is no theme "custdy". Did you mean custody? Write the id of an existing theme (custody, training), or add it to content/themes.yaml, with the label readers see.`,
    ]);
    const unlabelled = await problemsAfter(async (dir) => {
      await themed(dir);
      await writeFile(join(dir, 'themes.yaml'), '- id: custdy\n');
    });
    expect(unlabelled).toEqual([
      'themes.yaml:1 item 1 label: This field is missing. Write the theme’s name as readers see it, e.g. Missing children.',
    ]);
    const missing = await problemsAfter((dir) => rm(join(dir, 'themes.yaml')));
    expect(missing).toEqual([
      'themes.yaml This file is missing. Create it with a list of themes, each as - id: and label:, or write "[]" in it for none.',
    ]);
  });

  test('says what to do about an alias with no anchor, and about a broken permalinks.json', async () => {
    const problems = await problemsAfter(async (dir) => {
      await writeFile(join(dir, 'people/example-author.yaml'), 'name: *author\n');
      await writeFile(join(dir, 'permalinks.json'), '{\n<<<<<<< HEAD\n}\n');
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^people\/example-author\.yaml This YAML has an alias with nothing to stand for/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^permalinks\.json:2 This file still has a merge conflict in it/),
    );
  });
});
