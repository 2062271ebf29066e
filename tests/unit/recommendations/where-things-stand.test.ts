import { describe, expect, test } from 'vitest';
import { whereThingsStand } from '../../../src/lib/recommendations/where-things-stand';
import type { AssessmentRecord, LatestStatus } from '../../../src/lib/recommendations/status';
import type { AssessmentStatus } from '../../../src/schemas/assessment';

/** A trail whose latest verified finding (and, to be ignored, claim) has these statuses. */
const trail = (
  verified?: AssessmentStatus,
  claimed?: AssessmentStatus,
): { latest: LatestStatus } => ({
  latest: {
    verified: verified && ({ status: verified, side: 'verified' } as AssessmentRecord),
    claimed: claimed && ({ status: claimed, side: 'claimed' } as AssessmentRecord),
  },
});

describe('where things stand, in a sentence', () => {
  test('counts the inspectorate’s latest findings, in the vocabulary’s order, and those not yet checked', () => {
    expect(
      whereThingsStand([
        trail('improving'),
        trail(undefined, 'in-progress'),
        trail('not-met'),
        trail('improving', 'met'),
        trail(),
      ]),
    ).toBe(
      '5 recommendations, areas for focus and commitments are tracked here. From the inspectorate’s latest findings, we mark 2 as Improving and 1 as Not met; for 2 the inspectorate has recorded no finding on progress yet.',
    );
  });

  test('counts no claim as a finding: only the inspectorate verifies', () => {
    expect(whereThingsStand([trail(undefined, 'met'), trail(undefined, 'met')])).toBe(
      '2 recommendations, areas for focus and commitments are tracked here. The inspectorate has not yet recorded a finding on the progress of any of them.',
    );
  });

  test('says when all have a finding, and when nothing is tracked', () => {
    expect(whereThingsStand([trail('met')])).toBe(
      '1 recommendation, area for focus or commitment is tracked here. From the inspectorate’s latest findings, we mark 1 as Met.',
    );
    expect(whereThingsStand([])).toBe('No recommendation is tracked on this site yet.');
  });
});
