import { describe, expect, test } from 'vitest';
import { briefingParagraphs } from '../../../src/lib/recommendations/briefing';
import { recommendationTrails } from '../../../src/lib/recommendations/trails';
import { recommendation, report, site, statement } from '../../support/content-builders';

const marks = (id: string, paragraphs: string[]) =>
  paragraphs.map((paragraph) => ({ recommendation: id, paragraph }));

function trailFor(documents: Parameters<typeof site>[0]['documents']) {
  const content = site({
    documents: [report('the-report', { published: '2022-08-05' }), ...(documents ?? [])],
    recommendations: [recommendation('rec', { report: 'the-report' })],
  });
  return recommendationTrails(content).get('rec')!;
}

describe('briefingParagraphs', () => {
  test('shows the newest documents first, one paragraph each', () => {
    const trail = trailFor([
      statement('older', { published: '2022-09', crossLinks: marks('rec', ['p2', 'p3']) }),
      statement('newer', { published: '2023-09-15', crossLinks: marks('rec', ['p4']) }),
    ]);
    const { shown, more } = briefingParagraphs(trail);
    expect(shown.map((mark) => `${mark.doc.id}#${mark.paragraph}`)).toEqual([
      'newer#p4',
      'older#p2',
    ]);
    expect(more).toBe(1);
  });

  test("shows the paragraph a document's status rests on, rather than its first marked one", () => {
    const trail = trailFor([
      statement('update', {
        published: '2023-09-15',
        crossLinks: marks('rec', ['p9', 'p10']),
        assessments: [{ recommendation: 'rec', status: 'in-progress', paragraph: 'p10' }],
      }),
    ]);
    expect(trail.latest.claimed?.paragraph).toBe('p10');
    const { shown, more } = briefingParagraphs(trail);
    expect(shown.map((mark) => `${mark.doc.id}#${mark.paragraph}`)).toEqual(['update#p10']);
    expect(more).toBe(1);
  });

  test('fits on one page: at most three paragraphs, and says how many more there are', () => {
    const trail = trailFor(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((id, index) =>
        statement(id, { published: `202${index}`, crossLinks: marks('rec', ['p1']) }),
      ),
    );
    const { shown, more } = briefingParagraphs(trail);
    expect(shown.map((mark) => mark.doc.id)).toEqual(['f', 'e', 'd']);
    expect(more).toBe(3);
  });

  test('is empty when nothing addresses the recommendation yet', () => {
    expect(briefingParagraphs(trailFor([]))).toEqual({ shown: [], more: 0 });
  });
});
