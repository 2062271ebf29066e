import { describe, expect, test } from 'vitest';
import { collectAssessments, latestStatus } from '../../../src/lib/recommendations/status';
import { assessorName } from '../../../src/lib/recommendations/labels';
import type { Entry, SiteDocument } from '../../../src/lib/site/types';
import type { Person } from '../../../src/schemas/person';
import {
  date,
  person,
  recommendation,
  report,
  site,
  statement,
} from '../../support/content-builders';

const recommendations = [recommendation('rec-a'), recommendation('rec-b')];

/** The assessments recorded on a site that tracks rec-a and rec-b and holds these documents. */
function assessmentsIn(documents: SiteDocument[], people: Entry<Person>[] = []) {
  return collectAssessments(site({ people, recommendations, documents }));
}

describe('claimed or verified follows from who says it', () => {
  test('the inspectorate verifies; the force and the PCC only claim', () => {
    const records = assessmentsIn([
      report('review', {
        published: '2023-06-01',
        issuer: 'inspectorate',
        assessments: [{ recommendation: 'rec-a', status: 'improving' }],
      }),
      statement('force-says', {
        published: '2023-09-15',
        issuer: 'the-force',
        assessments: [{ recommendation: 'rec-a', status: 'met' }],
      }),
      statement('pcc-says', {
        published: '2023-10-01',
        issuer: 'pcc-office',
        assessments: [{ recommendation: 'rec-a', status: 'accepted' }],
      }),
    ]);
    expect(records.map((record) => [record.doc.id, record.side])).toEqual([
      ['review', 'verified'],
      ['force-says', 'claimed'],
      ['pcc-says', 'claimed'],
    ]);
  });

  test('a person counts as the inspectorate only while holding a role there', () => {
    const inspector = person('an-inspector', [
      {
        title: 'HM Inspector',
        organisation: 'inspectorate',
        from: date('2020'),
        to: date('2022-12'),
      },
    ]);
    const records = assessmentsIn(
      [
        statement('while-inspector', {
          published: '2022-06-01',
          authors: ['an-inspector'],
          assessments: [{ recommendation: 'rec-a', status: 'improving' }],
        }),
        statement('after-leaving', {
          published: '2023-06-01',
          authors: ['an-inspector'],
          assessments: [{ recommendation: 'rec-a', status: 'met' }],
        }),
      ],
      [inspector],
    );
    expect(records.map((record) => record.side)).toEqual(['verified', 'claimed']);
  });

  test('"by" names who makes the assessment when it is not the document’s issuer', () => {
    const records = assessmentsIn(
      [
        statement('mp-statement', {
          published: '2022-08-05',
          authors: ['an-mp'],
          assessments: [{ recommendation: 'rec-a', status: 'in-progress', by: 'commissioner' }],
        }),
      ],
      [person('commissioner', [{ title: 'PCC', organisation: 'pcc-office' }])],
    );
    expect(records[0]?.assessor?.entry.id).toBe('commissioner');
    expect(records[0]?.side).toBe('claimed');
  });

  // The tracker named the PCC for 2022 and his office for 2023: two sources, to a reader.
  test('a person is named with the organisation they spoke for on the assessment’s date', () => {
    const commissioner = person('commissioner', [
      { title: 'PCC', organisation: 'pcc-office', from: date('2021') },
    ]);
    const records = assessmentsIn(
      [
        statement('mp-statement', {
          published: '2022-08-05',
          authors: ['an-mp'],
          assessments: [{ recommendation: 'rec-a', status: 'in-progress', by: 'commissioner' }],
        }),
        statement('before-office', {
          published: '2020-05-01',
          authors: ['commissioner'],
          assessments: [{ recommendation: 'rec-b', status: 'accepted' }],
        }),
        statement('office-response', {
          published: '2023',
          issuer: 'pcc-office',
          assessments: [{ recommendation: 'rec-a', status: 'improving' }],
        }),
      ],
      [commissioner],
    );
    expect(records.map(assessorName)).toEqual([
      'Name of commissioner',
      'Name of commissioner (Name of pcc-office)',
      'Name of pcc-office',
    ]);
  });

  test('an assessment without a date takes its document’s date, with its precision', () => {
    const records = assessmentsIn([
      statement('undated', {
        published: '2023',
        issuer: 'the-force',
        assessments: [{ recommendation: 'rec-a', status: 'accepted' }],
      }),
      statement('dated', {
        published: '2023-09-15',
        issuer: 'the-force',
        assessments: [{ recommendation: 'rec-a', status: 'accepted', date: date('2023-07') }],
      }),
    ]);
    expect(records.map((record) => record.date.iso)).toEqual(['2023', '2023-07']);
  });
});

describe('latest status', () => {
  test('keeps the newest claim and the newest verified finding apart', () => {
    const records = assessmentsIn([
      statement('claim-2022', {
        published: '2022-08-05',
        issuer: 'pcc-office',
        assessments: [{ recommendation: 'rec-a', status: 'in-progress' }],
      }),
      report('review-2023', {
        published: '2023-06-01',
        issuer: 'inspectorate',
        assessments: [{ recommendation: 'rec-a', status: 'improving' }],
      }),
      statement('claim-2023', {
        published: '2023-09-15',
        issuer: 'the-force',
        assessments: [{ recommendation: 'rec-a', status: 'met' }],
      }),
    ]);
    const latest = latestStatus(records);
    expect([latest.claimed?.doc.id, latest.claimed?.status]).toEqual(['claim-2023', 'met']);
    expect([latest.verified?.doc.id, latest.verified?.status]).toEqual([
      'review-2023',
      'improving',
    ]);
  });

  test('a withdrawn document’s status is not where it stands: the one before it is', () => {
    const records = assessmentsIn([
      statement('claim-2022', {
        published: '2022-08-05',
        issuer: 'the-force',
        assessments: [{ recommendation: 'rec-a', status: 'in-progress' }],
      }),
      statement('claim-2023', {
        published: '2023-09-15',
        issuer: 'the-force',
        assessments: [{ recommendation: 'rec-a', status: 'met' }],
        withdrawn: { date: '2024-01', reason: 'The work was not finished.' },
      }),
      report('review-2023', {
        published: '2023-10-01',
        issuer: 'inspectorate',
        assessments: [{ recommendation: 'rec-a', status: 'improving' }],
        withdrawn: { date: '2024-02-01', reason: 'Replaced.' },
      }),
    ]);
    // Still recorded, for the history; only the latest leaves them out.
    expect(records).toHaveLength(3);
    const latest = latestStatus(records);
    expect([latest.claimed?.doc.id, latest.claimed?.status]).toEqual(['claim-2022', 'in-progress']);
    expect(latest.verified).toBeUndefined();
  });

  test('says nothing rather than guessing when no one has assessed it', () => {
    expect(latestStatus([])).toEqual({ claimed: undefined, verified: undefined });
  });
});
