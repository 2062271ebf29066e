import { describe, expect, test } from 'vitest';
import { whereThingsStand } from '../../../src/lib/recommendations/where-things-stand';
import type { AssessmentRecord, LatestStatus } from '../../../src/lib/recommendations/status';
import type { AssessmentStatus } from '../../../src/schemas/assessment';
import type { RecommendationKind } from '../../../src/schemas/recommendation';

/** A trail whose latest verified finding (and, to be ignored, claim) has these statuses. */
const trail = (
  verified?: AssessmentStatus,
  claimed?: AssessmentStatus,
  kind: RecommendationKind = 'recommendation',
) => ({
  recommendation: { data: { kind } },
  latest: {
    verified: verified && ({ status: verified, side: 'verified' } as AssessmentRecord),
    claimed: claimed && ({ status: claimed, side: 'claimed' } as AssessmentRecord),
  } satisfies LatestStatus,
});

describe('where things stand, in a sentence', () => {
  test('counts the inspectorate’s latest findings, in the vocabulary’s order, and those not yet checked', () => {
    expect(
      whereThingsStand([
        trail('improving', undefined, 'topic'),
        trail(undefined, 'in-progress', 'commitment'),
        trail('not-met', undefined, 'topic'),
        trail('improving', 'met'),
        trail(undefined, undefined, 'area-for-focus'),
      ]),
    ).toBe(
      'This site tracks 1 recommendation, 1 area still needing focus, 2 recommendation topics and 1 commitment. From the inspectorate’s latest findings, we mark 2 as Improving and 1 as Not met; for 2 no inspectorate finding on their progress since they were set is recorded on this site yet.',
    );
  });

  test('counts no claim as a finding: only the inspectorate verifies', () => {
    expect(whereThingsStand([trail(undefined, 'met'), trail(undefined, 'met')])).toBe(
      'This site tracks 2 recommendations. No inspectorate finding on the progress of any of them since they were set is recorded on this site yet.',
    );
  });

  test('says when all have a finding, and when nothing is tracked', () => {
    expect(whereThingsStand([trail('met')])).toBe(
      'This site tracks 1 recommendation. From the inspectorate’s latest findings, we mark 1 as Met.',
    );
    expect(whereThingsStand([])).toBe('No recommendation is tracked on this site yet.');
  });
});
