import { describe, expect, test } from 'vitest';
import {
  documentFrontmatter,
  NEW_DOCUMENT_BODY,
  templateFields,
} from '../../../src/lib/authoring/document-template';
import { parseFrontmatter } from '../../../src/lib/content/frontmatter';
import { readDocument } from '../../../src/lib/content/read-document';
import {
  reportSchema,
  responseSchema,
  sourceSchema,
  statementSchema,
} from '../../../src/schemas/document';
import { fillTodos, FILLED_BODY } from '../../support/fill-todos';
import type { DocumentType } from '../../../src/lib/site/types';

const SCHEMAS = {
  report: reportSchema,
  statement: statementSchema,
  response: responseSchema,
} as const;
const KINDS = Object.keys(SCHEMAS) as DocumentType[];
const scaffold = (kind: DocumentType) =>
  `${documentFrontmatter(kind, { title: 'PCC statement on the review', published: '2024-03-05' })}\n${NEW_DOCUMENT_BODY}`;
const read = (kind: DocumentType, text: string) =>
  readDocument(text, `content/${kind}s/new.mdx`, SCHEMAS[kind]);

describe.each(KINDS)('a new %s', (kind) => {
  test('lists every field of its schema, each with a comment saying what to write', () => {
    const fields = templateFields(kind, {});
    const topLevel = fields.filter((field) => !field.name.includes('.')).map((field) => field.name);
    const inSource = fields
      .filter((field) => field.name.startsWith('source.'))
      .map((field) => field.name.slice(7));
    expect(topLevel.sort()).toEqual(Object.keys(SCHEMAS[kind].shape).sort());
    expect(inSource.sort()).toEqual(Object.keys(sourceSchema.shape).sort());

    const text = documentFrontmatter(kind, {});
    for (const field of fields) {
      const name = field.name.split('.').at(-1);
      expect(text).toMatch(new RegExp(`# ${escape(field.help)}\\n(?:.*\\n)?\\s*(?:# )?${name}:`));
    }
  });

  test('is not ready to publish until every TODO is replaced, and says what each needs', () => {
    const result = read(kind, scaffold(kind));
    if (!('problems' in result)) throw new Error('a scaffold with TODOs must not pass');
    expect(result.problems.length).toBeGreaterThanOrEqual(4);
    for (const problem of result.problems) {
      expect(problem.message).toMatch(/^Still to do: .+ Replace the TODO text with it\.$/);
      expect(problem.line).toBeGreaterThan(1);
    }
    const fields = result.problems.map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['summary', 'issuer', 'source.url', 'verbatim']));
    expect(result.problems.at(-1)?.field).toBeUndefined(); // the body's own TODO line
  });

  test('passes once its TODOs are filled in, keeping the title and date', () => {
    const result = read(kind, fillTodos(scaffold(kind)));
    if ('problems' in result)
      throw new Error(result.problems.map((problem) => problem.message).join('\n'));
    expect(result.document.data.title).toBe('PCC statement on the review');
    expect(result.document.data.published.iso).toBe('2024-03-05');
    expect(result.document.compiled.html).toContain(FILLED_BODY);
  });
});

test('an optional field uncommented but not filled in is reported with its line', () => {
  const text = fillTodos(scaffold('statement')).replace(
    '# publishedNote: "TODO:',
    'publishedNote: "TODO:',
  );
  const result = read('statement', text);
  if (!('problems' in result)) throw new Error('expected a problem');
  expect(result.problems).toEqual([
    expect.objectContaining({
      field: 'publishedNote',
      line: text.split('\n').findIndex((line) => line.startsWith('publishedNote:')) + 1,
      message: expect.stringMatching(/^Still to do: say why the date is less precise/),
    }),
  ]);
});

test('withdrawn, uncommented but not filled in, asks for the date and the reason', () => {
  const text = fillTodos(scaffold('statement')).replace('# withdrawn: {', 'withdrawn: {');
  const result = read('statement', text);
  if (!('problems' in result)) throw new Error('expected problems');
  const line = text.split('\n').findIndex((each) => each.startsWith('withdrawn:')) + 1;
  expect(result.problems).toEqual([
    expect.objectContaining({
      field: 'withdrawn.date',
      line,
      message: expect.stringMatching(/^Still to do: write when it was withdrawn/),
    }),
    expect.objectContaining({
      field: 'withdrawn.reason',
      line,
      message: expect.stringMatching(/^Still to do: write why it was withdrawn/),
    }),
  ]);
});

test('the frontmatter is valid YAML whatever the title holds', () => {
  const title = 'Response: "quotes", colons: and # hashes';
  const parsed = parseFrontmatter(
    `${documentFrontmatter('statement', { title })}\nBody.\n`,
    'x.mdx',
  );
  if ('problems' in parsed) throw new Error('expected valid YAML');
  expect(parsed.parsed.data['title']).toBe(title);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
