import { describe, expect, test } from 'vitest';
import { recommendationDescription } from '../../../src/lib/recommendations/description';
import { person, recommendation, response, site } from '../../support/content-builders';

// Search engines and link previews show the description alone: the words must say whose
// they are, and ours must say they are ours.
describe('a tracked item’s description', () => {
  const people = [person('the-pcc')];
  const content = site({ people });

  test('quotes an official wording and credits it to whoever wrote the document it is from', () => {
    const commitment = recommendation('c', {
      kind: 'commitment',
      wording: 'official',
      text: 'I will continue to monitor and scrutinise progress.',
    }).data;
    const madeIn = response('r', { published: '2023', authors: ['the-pcc'], issuer: 'pcc-office' });
    expect(recommendationDescription(commitment, madeIn, content)).toBe(
      'Commitment made in a response, in the words of Name of the-pcc: “I will continue to monitor and scrutinise progress.”',
    );
    const unsigned = response('u', { published: '2023', issuer: 'pcc-office' });
    expect(recommendationDescription(commitment, unsigned, content)).toBe(
      'Commitment made in a response, in the words of Name of pcc-office: “I will continue to monitor and scrutinise progress.”',
    );
  });

  test('quotes a report’s own wording as the report’s', () => {
    const official = recommendation('o', { wording: 'official', text: 'Act now.' }).data;
    expect(recommendationDescription(official, undefined, content)).toBe(
      'Recommendation, in the words of the report: “Act now.”',
    );
  });

  test('says our summary is ours, and quotes nothing', () => {
    const summary = recommendation('s', { text: 'Cut delays in investigations.' }).data;
    expect(recommendationDescription(summary, undefined, content)).toBe(
      'Recommendation (our summary): Cut delays in investigations.',
    );
  });
});
