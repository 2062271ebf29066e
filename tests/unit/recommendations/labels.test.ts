import { describe, expect, test } from 'vitest';
import {
  addressedToHeading,
  addressedToLabel,
  reportLabel,
} from '../../../src/lib/recommendations/labels';

describe('whom a tracked item concerns', () => {
  // A topic or an area for focus is what a report said of a force, without the wording that
  // would say whom it asks to act: our sources do not say it is addressed to the force.
  test('a recommendation is addressed to an organisation; a topic, an area for focus and a commitment are about one', () => {
    expect(addressedToLabel('recommendation')).toBe('Addressed to');
    expect(addressedToLabel('cause-of-concern')).toBe('Addressed to');
    expect(addressedToLabel('topic')).toBe('About');
    expect(addressedToLabel('area-for-focus')).toBe('About');
    expect(addressedToLabel('commitment')).toBe('About');
  });

  test('an organisation’s heading names each kind it lists, addressed to it or about it', () => {
    expect(addressedToHeading(['recommendation'], 'the force')).toBe(
      'Recommendations addressed to the force',
    );
    expect(addressedToHeading(['commitment', 'topic', 'recommendation'], 'the force')).toBe(
      'Recommendations addressed to the force, and recommendation topics and commitments about it',
    );
    expect(addressedToHeading(['commitment', 'area-for-focus', 'topic'], 'the force')).toBe(
      'Areas still needing focus, recommendation topics and commitments about the force',
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
