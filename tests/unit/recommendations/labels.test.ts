import { describe, expect, test } from 'vitest';
import {
  addressedToHeading,
  addressedToLabel,
  reportLabel,
} from '../../../src/lib/recommendations/labels';

describe('whom a tracked item concerns', () => {
  test('a recommendation is addressed to an organisation; a commitment is about one', () => {
    expect(addressedToLabel('recommendation')).toBe('Addressed to');
    expect(addressedToLabel('area-for-focus')).toBe('Addressed to');
    expect(addressedToLabel('commitment')).toBe('About');
  });

  test('an organisation’s heading names commitments only when it lists some', () => {
    expect(addressedToHeading(['topic', 'recommendation'], 'the force')).toBe(
      'Recommendations addressed to the force',
    );
    expect(addressedToHeading(['topic', 'commitment'], 'the force')).toBe(
      'Recommendations addressed to the force, and commitments about it',
    );
    expect(addressedToHeading(['commitment'], 'the force')).toBe('Commitments about the force');
  });
});

describe('what its report is to a tracked item', () => {
  test('a recommendation comes from its report; a commitment answers it', () => {
    expect(reportLabel('recommendation')).toBe('From');
    expect(reportLabel('area-for-improvement')).toBe('From');
    expect(reportLabel('commitment')).toBe('Answers');
  });
});
