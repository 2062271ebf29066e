import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withFieldLines } from '../../../src/lib/integrity/field-lines';
import type { ContentProblem } from '../../../src/lib/markdown/content-error';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'field-lines-'));
  await mkdir(join(root, 'content/statements'), { recursive: true });
  await mkdir(join(root, 'content/people'), { recursive: true });
  await writeFile(
    join(root, 'content/statements/a-statement.mdx'),
    [
      '---',
      'title: A statement',
      'published: 2023-10-02',
      'authors:',
      '  - someone',
      '  - nobody',
      'respondsTo: [no-such-report]',
      'assessments:',
      '  - recommendation: one',
      '    paragraph: p40',
      '---',
      '',
      'Words.',
    ].join('\n'),
  );
  await writeFile(
    join(root, 'content/people/a-person.yaml'),
    ['name: A Person', 'roles:', '  - title: Commissioner', '    organisation: nowhere'].join('\n'),
  );
  await writeFile(
    join(root, 'content/glossary.yaml'),
    [
      '- id: acc',
      '  term: ACC',
      '  foundIn: a-statement',
      '- id: opcc',
      '  term: OPCC',
      '  foundIn: no-such-document',
    ].join('\n'),
  );
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const problem = (file: string, field?: string, more: Partial<ContentProblem> = {}) => ({
  file,
  message: 'There is no such thing.',
  ...(field && { field }),
  ...more,
});

describe('a problem found between files gets the line of its field', () => {
  test('in a document’s frontmatter, down to an item of a list', async () => {
    const file = 'content/statements/a-statement.mdx';
    const located = await withFieldLines(
      [
        problem(file, 'authors.1'),
        problem(file, 'respondsTo.0'),
        problem(file, 'assessments.0.paragraph'),
      ],
      root,
    );
    expect(located.map((each) => each.line)).toEqual([6, 7, 10]);
  });

  test('in a YAML entry of its own', async () => {
    const [located] = await withFieldLines(
      [problem('content/people/a-person.yaml', 'roles.0.organisation')],
      root,
    );
    expect(located?.line).toBe(4);
  });

  test('in the glossary, at the term the problem is about', async () => {
    const [located] = await withFieldLines(
      [problem('content/glossary.yaml', 'foundIn', { entry: 'opcc' })],
      root,
    );
    expect(located?.line).toBe(6);
  });
});

describe('a problem keeps what it had when its field has no line', () => {
  test('a field the file leaves out gets no line, not the first line of the file', async () => {
    const [located] = await withFieldLines(
      [problem('content/statements/a-statement.mdx', 'issuer')],
      root,
    );
    expect(located).toEqual(problem('content/statements/a-statement.mdx', 'issuer'));
  });

  test('a line already known, a problem with no field and a file that is gone are left alone', async () => {
    const given = [
      problem('content/statements/a-statement.mdx', '<Addresses recommendation>', { line: 12 }),
      problem('content/statements/a-statement.mdx'),
      problem('content/statements/deleted.mdx', 'authors.0'),
    ];
    expect(await withFieldLines(given, root)).toEqual(given);
  });
});
