import { describe, expect, test } from 'vitest';
import { withoutIdleStanding } from '../../../src/lib/search/standing-filter';
import { parseSearchState, withKnownFilters } from '../../../src/lib/search/search-state';

describe('the standing filter (withdrawn or not)', () => {
  test('is offered once the index has a withdrawn document', () => {
    const all = {
      type: { Report: 2, Statement: 3 },
      standing: { 'Not withdrawn': 4, Withdrawn: 1 },
    };
    expect(withoutIdleStanding(all)).toEqual(all);
  });

  test('is left out while nothing is withdrawn: one value would narrow nothing', () => {
    const all = { type: { Report: 2, Statement: 3 }, standing: { 'Not withdrawn': 5 } };
    expect(withoutIdleStanding(all)).toEqual({ type: { Report: 2, Statement: 3 } });
    // The index's own counts are not changed: they are the same for every later search.
    expect(all.standing).toEqual({ 'Not withdrawn': 5 });
  });

  test('is read from the address in any case, or said to be missing when it is left out', () => {
    const address = parseSearchState('?standing=withdrawn&standing=not-withdrawn');
    const offered = withKnownFilters(address, {
      standing: { 'Not withdrawn': 4, Withdrawn: 1 },
    });
    expect(offered.state.filters).toEqual({ standing: ['Withdrawn', 'Not withdrawn'] });
    expect(offered.unknown).toEqual([]);

    const idle = withKnownFilters(
      address,
      withoutIdleStanding({ standing: { 'Not withdrawn': 5 } }),
    );
    expect(idle.state.filters).toEqual({});
    expect(idle.unknown).toEqual([
      { key: 'standing', value: 'withdrawn' },
      { key: 'standing', value: 'not-withdrawn' },
    ]);
  });
});
