import { describe, expect, test } from 'vitest';
import { checkIntegrity } from '../../../src/lib/integrity/check-integrity';
import { ContentError, formatProblem } from '../../../src/lib/markdown/content-error';
import { date, recommendation, report, site, statement } from '../../support/content-builders';
import type { SiteDocument } from '../../../src/lib/site/types';

const theReport = report('the-report', { published: '2022-08-05', issuer: 'inspectorate' });

function problemsWith(...documents: SiteDocument[]) {
  return checkIntegrity(
    site({
      recommendations: [
        recommendation('rec-a'),
        recommendation('commitment', { kind: 'commitment', madeIn: 'nowhere' }),
      ],
      documents: [theReport, ...documents],
    }),
  ).filter((problem) => !problem.file.includes('commitment'));
}

describe('links to recommendations that stop the build', () => {
  test('a clean document raises nothing', () => {
    const clean = statement('clean', {
      published: '2022-09-01',
      issuer: 'the-force',
      respondsTo: ['the-report'],
      crossLinks: [{ recommendation: 'rec-a', paragraph: 'p2' }],
      assessments: [{ recommendation: 'rec-a', status: 'accepted', paragraph: 'p2' }],
    });
    expect(problemsWith(clean)).toEqual([]);
  });

  test('an <Addresses> naming an unknown recommendation names the file, the line and the id', () => {
    const problems = problemsWith(
      statement('typo', {
        published: '2022-09-01',
        issuer: 'the-force',
        crossLinks: [{ recommendation: 'rec-z', paragraph: 'p1' }],
      }),
    );
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toBe(
      'content/statements/typo.mdx:1 <Addresses recommendation>: There is no recommendation "rec-z". Did you mean rec-a? Write the id of one in content/recommendations/ (without .yaml): commitment, rec-a.',
    );
  });

  test('an assessment of an unknown recommendation names the file, the field, the id and the ids to choose from', () => {
    const [problem, ...rest] = problemsWith(
      statement('typo', {
        published: '2022-09-01',
        issuer: 'the-force',
        assessments: [{ recommendation: 'rec-z', status: 'met' }],
      }),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: 'content/statements/typo.mdx',
      field: 'assessments.0.recommendation',
    });
    expect(problem?.message).toContain('"rec-z"');
    expect(problem?.message).toContain('commitment, rec-a');
  });

  test('among thousands of recommendations, an unknown one is offered its near neighbours, not all', () => {
    const many = Array.from({ length: 2000 }, (_, index) =>
      recommendation(`rec-${String(index).padStart(4, '0')}`),
    );
    const [problem] = checkIntegrity(
      site({
        recommendations: many,
        documents: [
          theReport,
          statement('typo', {
            published: '2022-09-01',
            issuer: 'the-force',
            assessments: [{ recommendation: 'rec-1234x', status: 'met' }],
          }),
        ],
      }),
    );
    expect(problem?.message).toMatch(
      /: (rec-\d{4}, ){5}rec-1234, rec-1235, (rec-\d{4}, ){4}rec-\d{4} and 1988 more\.$/,
    );
  });

  test('an assessment citing a paragraph the document does not have', () => {
    const [problem] = problemsWith(
      statement('short', {
        published: '2022-09-01',
        issuer: 'the-force',
        paragraphs: 3,
        assessments: [{ recommendation: 'rec-a', status: 'met', paragraph: 'p9' }],
      }),
    );
    expect(problem).toMatchObject({
      file: 'content/statements/short.mdx',
      field: 'assessments.0.paragraph',
    });
    expect(problem?.message).toContain('no paragraph "p9" (its paragraphs are p1 to p3)');
  });

  test('an unknown assessor, and an assessment dated after its document', () => {
    const problems = problemsWith(
      statement('odd', {
        published: '2022-09-01',
        issuer: 'the-force',
        assessments: [{ recommendation: 'rec-a', status: 'met', by: 'nobody', date: date('2023') }],
      }),
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'assessments.0.by',
      'assessments.0.date',
    ]);
  });

  test('a statutory duty without the report it answers', () => {
    const [problem] = problemsWith(
      statement('duty', {
        published: '2022-09-01',
        issuer: 'pcc-office',
        statutoryDuty: 'pcc-comments',
      }),
    );
    expect(problem).toMatchObject({ file: 'content/statements/duty.mdx', field: 'statutoryDuty' });
  });

  test('a commitment made in a document that does not exist', () => {
    const problems = checkIntegrity(
      site({
        recommendations: [recommendation('commitment', { kind: 'commitment', madeIn: 'nowhere' })],
        documents: [theReport],
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/recommendations/commitment.yaml', field: 'madeIn' }),
    ]);
  });

  test('the error an author sees lists every problem and says nothing was published', () => {
    const error = new ContentError(
      problemsWith(
        statement('typo', {
          published: '2022-09-01',
          issuer: 'the-force',
          assessments: [{ recommendation: 'rec-z', status: 'met' }],
        }),
      ),
    );
    expect(error.message).toMatch(
      /^The content has 1 problem; nothing was published\.\n {2}- content\/statements\/typo\.mdx assessments\.0\.recommendation: There is no recommendation "rec-z"/,
    );
  });
});
