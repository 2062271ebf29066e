import { expect, test } from 'vitest';
import {
  recommendationFields,
  recommendationTemplate,
} from '../../../src/lib/authoring/recommendation-template';
import { readYamlEntry } from '../../../src/lib/content/read-yaml';
import { recommendationSchema } from '../../../src/schemas/recommendation';
import { fillRecommendationTodos } from '../../support/fill-todos';

const FILE = 'content/recommendations/ncpi-wiltshire-2022-training.yaml';
const read = (text: string) =>
  readYamlEntry('ncpi-wiltshire-2022-training', text, FILE, recommendationSchema);

test('a new recommendation lists every field of its schema, each under a comment saying what to write', () => {
  const fields = recommendationFields('ncpi-wiltshire-2022');
  expect(fields.map((field) => field.name).sort()).toEqual(
    Object.keys(recommendationSchema.shape).sort(),
  );
  const lines = recommendationTemplate('ncpi-wiltshire-2022').split('\n');
  for (const field of fields) {
    const at = lines.findIndex((line) => new RegExp(`^(?:# )?${field.name}:`).test(line));
    expect(at, field.name).toBeGreaterThan(0);
    expect(lines.slice(0, at).findLast((line) => line.startsWith(`# ${field.help}`))).toBeDefined();
  }
});

test('it names the report, and starts as our summary, saying the official wording is in the report', () => {
  const text = recommendationTemplate('ncpi-wiltshire-2022');
  expect(text).toMatch(/^report: ncpi-wiltshire-2022$/m);
  expect(text).toMatch(/^wording: summary$/m);
  const help = text.split('\n')[text.split('\n').indexOf('wording: summary') - 1];
  expect(help).toMatch(/^# .*the official wording is\b.*Write official only when/);
  expect(help).toContain('the report, where the official wording is');
});

test('it is refused until every TODO is replaced, each once, with its line and what to write', () => {
  const text = recommendationTemplate('ncpi-wiltshire-2022');
  const result = read(text);
  if (!('problems' in result)) throw new Error('a new recommendation with TODOs must not pass');
  const lines = text.split('\n');
  expect(result.problems.map((problem) => [problem.field, problem.line])).toEqual([
    ['kind', lines.findIndex((line) => line.startsWith('kind:')) + 1],
    ['title', lines.findIndex((line) => line.startsWith('title:')) + 1],
    ['text', lines.findIndex((line) => line.startsWith('text:')) + 1],
    ['addressedTo.0', lines.findIndex((line) => line.startsWith('addressedTo:')) + 1],
    ['source', lines.findIndex((line) => line.startsWith('source:')) + 1],
  ]);
  for (const problem of result.problems) {
    expect(problem.message).toMatch(/^Still to do: .+ Replace the TODO text with it\.$/);
  }
});

test('it passes once its TODOs are filled in, as our summary of the named report', () => {
  const result = read(fillRecommendationTodos(recommendationTemplate('ncpi-wiltshire-2022')));
  if ('problems' in result)
    throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  expect(result.entry.data).toMatchObject({
    report: 'ncpi-wiltshire-2022',
    wording: 'summary',
    kind: 'topic',
    addressedTo: ['wiltshire-police'],
    themes: [],
  });
  expect(result.entry.data.madeIn).toBeUndefined();
});

test('an optional field uncommented but not filled in is refused with its line', () => {
  const text = fillRecommendationTodos(recommendationTemplate('ncpi-wiltshire-2022')).replace(
    '# note: "TODO:',
    'note: "TODO:',
  );
  const result = read(text);
  if (!('problems' in result)) throw new Error('expected a problem');
  expect(result.problems).toEqual([
    expect.objectContaining({
      field: 'note',
      line: text.split('\n').findIndex((line) => line.startsWith('note:')) + 1,
      message: expect.stringMatching(/^Still to do: write the caveat/),
    }),
  ]);
});
