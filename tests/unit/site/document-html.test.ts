// A document's compiled HTML as its page shows it (src/lib/site/document-html.ts).
import { describe, expect, test } from 'vitest';
import { compileMdx } from '../../../src/lib/markdown/compile-mdx';
import { finishDocumentHtml } from '../../../src/lib/site/document-html';
import type { DocumentType, Entry } from '../../../src/lib/site/types';
import type { Recommendation } from '../../../src/schemas/recommendation';

const body = (ids: string) => `<Addresses recommendation="${ids}">\n\nWe agree.\n\n</Addresses>`;

/** The commitment "pledge" was made in the response "the-response". */
const recommendations = (
  [
    ['rec-a', 'Children & their views', 'recommendation'],
    ['rec-b', 'Supervision', 'recommendation'],
    ['focus-a', 'Missing children', 'area-for-focus'],
    ['focus-b', 'Domestic abuse', 'area-for-focus'],
    ['pledge', 'Resilience', 'commitment', 'the-response'],
  ] as const
).map(([id, title, kind, madeIn]) => ({
  id,
  data: { title, kind, madeIn },
})) as unknown as Entry<Recommendation>[];

/** The note under a marked paragraph, as text, once the page has finished it. */
function noteOf(ids: string, type: DocumentType, documentId = 'example'): string {
  const { html } = compileMdx(body(ids), { file: `content/x/example.mdx`, firstLine: 1 });
  const finished = finishDocumentHtml(html, { recommendations, documentId, type, base: '/' });
  const note = /<p class="addresses-note"[^>]*>(.*?)<\/p>/s.exec(finished)?.[1] ?? '';
  return note.replace(/<[^>]+>/g, '');
}

describe('finishDocumentHtml', () => {
  test('a statement’s or response’s note says the paragraph addresses the recommendations, by title', () => {
    expect(noteOf('rec-a', 'statement')).toBe(
      'Addresses recommendation: Children &amp; their views',
    );
    expect(noteOf('rec-a rec-b', 'response')).toBe(
      'Addresses recommendations: Children &amp; their views, Supervision',
    );
  });

  // A report's paragraph is what the inspectors found; "Addresses" read as if the report
  // answered its own recommendations.
  test('a report’s note calls them related recommendations', () => {
    expect(noteOf('rec-b', 'report')).toBe('Related recommendation: Supervision');
    expect(noteOf('rec-a rec-b', 'report')).toBe(
      'Related recommendations: Children &amp; their views, Supervision',
    );
  });

  // A review's areas still needing focus and a PCC's commitments are tracked beside the
  // recommendations, but calling them recommendations would put words in the inspectorate's mouth.
  test('names what the items are when they are not recommendations', () => {
    expect(noteOf('focus-a', 'statement')).toBe(
      'Addresses area still needing focus: Missing children',
    );
    expect(noteOf('focus-a focus-b', 'response')).toBe(
      'Addresses areas still needing focus: Missing children, Domestic abuse',
    );
    expect(noteOf('pledge', 'response')).toBe('Addresses commitment: Resilience');
    expect(noteOf('focus-b', 'report')).toBe('Related area still needing focus: Domestic abuse');
  });

  test('says the paragraph that makes a commitment makes it, in the response that made it', () => {
    expect(noteOf('pledge', 'response', 'the-response')).toBe('Makes commitment: Resilience');
    // Making one and answering another, it says which it does with each.
    expect(noteOf('pledge focus-a', 'response', 'the-response')).toBe(
      'Makes commitment: Resilience; addresses area still needing focus: Missing children',
    );
    expect(noteOf('focus-a pledge rec-b', 'response', 'the-response')).toBe(
      'Makes commitment: Resilience; addresses: Missing children, Supervision',
    );
  });

  test('names no kind when the items are of different kinds', () => {
    expect(noteOf('rec-b focus-a', 'statement')).toBe('Addresses: Supervision, Missing children');
    expect(noteOf('rec-b pledge', 'report')).toBe('Related: Supervision, Resilience');
  });

  test('keeps an id it has no title for, and puts links under the base path', () => {
    const { html } = compileMdx(body('rec-unknown'), { file: 'content/x/e.mdx', firstLine: 1 });
    const finished = finishDocumentHtml(html, {
      recommendations,
      documentId: 'example',
      type: 'statement',
      base: '/sub/',
    });
    expect(finished).toContain(
      '<a href="/sub/recommendations/rec-unknown/" data-recommendation-link="rec-unknown">rec-unknown</a>',
    );
  });
});
