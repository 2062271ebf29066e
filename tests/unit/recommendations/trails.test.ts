import { describe, expect, test } from 'vitest';
import {
  addressedTo,
  ofReport,
  recommendationTrails,
} from '../../../src/lib/recommendations/trails';
import {
  organisation,
  recommendation,
  report,
  response,
  site,
  statement,
} from '../../support/content-builders';

const content = site({
  recommendations: [
    recommendation('rec-a'),
    recommendation('rec-b', { addressedTo: ['pcc-office'] }),
    recommendation('commitment', {
      kind: 'commitment',
      report: 'the-report',
      madeIn: 'pcc-answer',
    }),
  ],
  documents: [
    report('the-report', {
      published: '2022-08-05',
      issuer: 'inspectorate',
      crossLinks: [
        { recommendation: 'rec-a', paragraph: 'p2' },
        { recommendation: 'rec-b', paragraph: 'p2' },
      ],
    }),
    response('pcc-answer', {
      published: '2022-09-01',
      issuer: 'pcc-office',
      crossLinks: [
        { recommendation: 'rec-a', paragraph: 'p4' },
        { recommendation: 'rec-a', paragraph: 'p1' },
      ],
    }),
    statement('force-update', {
      published: '2023-09-15',
      issuer: 'the-force',
      assessments: [{ recommendation: 'rec-a', status: 'improving', paragraph: 'p3' }],
    }),
  ],
});

describe('the cross-link graph', () => {
  const trails = recommendationTrails(content);

  test('lists every marked paragraph of every document, oldest document first, in reading order', () => {
    expect(
      trails.get('rec-a')?.paragraphs.map(({ doc, paragraph }) => `${doc.id}#${paragraph}`),
    ).toEqual(['the-report#p2', 'pcc-answer#p1', 'pcc-answer#p4']);
    expect(trails.get('rec-a')?.paragraphs[0]?.quote).toBe('Quote of the-report p2');
  });

  test('one paragraph can address several recommendations', () => {
    expect(
      trails.get('rec-b')?.paragraphs.map(({ doc, paragraph }) => `${doc.id}#${paragraph}`),
    ).toEqual(['the-report#p2']);
  });

  test('lists each document that marks or assesses it once, newest first', () => {
    expect(trails.get('rec-a')?.documents.map((doc) => doc.id)).toEqual([
      'force-update',
      'pcc-answer',
      'the-report',
    ]);
  });

  test('its last update is the newest date anything happened to it', () => {
    expect(trails.get('rec-a')?.lastUpdate?.iso).toBe('2023-09-15');
    expect(trails.get('rec-b')?.lastUpdate?.iso).toBe('2022-08-05');
  });

  test('a commitment knows the report it answers and the document that made it', () => {
    const commitment = trails.get('commitment');
    expect(commitment?.report?.id).toBe('the-report');
    expect(commitment?.madeIn?.id).toBe('pcc-answer');
    expect(commitment?.paragraphs).toEqual([]);
    expect(commitment?.lastUpdate?.iso).toBe('2022-09-01');
  });

  test('organisation and report pages find what is addressed to them and what a report made', () => {
    expect(addressedTo('the-force', trails).map((trail) => trail.recommendation.id)).toEqual([
      'commitment',
      'rec-a',
    ]);
    expect(addressedTo('pcc-office', trails).map((trail) => trail.recommendation.id)).toEqual([
      'rec-b',
    ]);
    const made = ofReport('the-report', trails).map((trail) => trail.recommendation.id);
    expect(made).toEqual([...trails.values()].map((trail) => trail.recommendation.id));
    expect(made).toHaveLength(3);
    expect(ofReport('pcc-answer', trails)).toHaveLength(0);
    // Asked again, by the next report page: the same list, whatever the last caller did with it.
    ofReport('the-report', trails).pop();
    expect(ofReport('the-report', trails)).toHaveLength(3);
  });

  test('an organisation with nothing addressed to it gets an empty list', () => {
    const withOther = {
      ...content,
      organisations: [...content.organisations, organisation('other', 'publisher')],
    };
    expect(addressedTo('other', recommendationTrails(withOther))).toEqual([]);
  });
});
