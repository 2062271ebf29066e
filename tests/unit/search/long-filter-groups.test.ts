import { describe, expect, it } from 'vitest';
import { SHORT_GROUP_SIZE, valuesToShow } from '../../../src/lib/search/long-filter-groups';

/** A national index's recommendations: "Recommendation 1" … "Recommendation 200", A–Z. */
const MANY = Array.from({ length: 200 }, (_, index) => `Recommendation ${index + 1}`).sort();

describe('a long filter group', () => {
  it('shows the values with the most results for the search shown, ties in the usual order', () => {
    const counts = { 'Recommendation 7': 3, 'Recommendation 50': 9, 'Recommendation 2': 3 };
    expect(valuesToShow(MANY, counts, new Set(), '')).toEqual({
      values: ['Recommendation 50', 'Recommendation 2', 'Recommendation 7'],
      shown: 3,
      candidates: 3,
    });
  });

  it(`shows at most ${SHORT_GROUP_SIZE}, and says how many had results`, () => {
    const counts = Object.fromEntries(MANY.map((value) => [value, 1]));
    const shown = valuesToShow(MANY, counts, new Set(), '');
    expect(shown.values).toHaveLength(SHORT_GROUP_SIZE);
    expect(shown.candidates).toBe(200);
  });

  it('always shows what is ticked, first, even without results', () => {
    const shown = valuesToShow(
      MANY,
      { 'Recommendation 9': 4 },
      new Set(['Recommendation 123']),
      '',
    );
    expect(shown.values).toEqual(['Recommendation 123', 'Recommendation 9']);
    expect(shown.shown).toBe(1);
  });

  it('finds values by every word typed, in any case and without accents, results or not', () => {
    const values = ['Café provision', 'Missing children', 'Children in detention', 'Supervision'];
    expect(valuesToShow(values, {}, new Set(), 'CHILDREN').values).toEqual([
      'Missing children',
      'Children in detention',
    ]);
    expect(valuesToShow(values, {}, new Set(), 'children miss').values).toEqual([
      'Missing children',
    ]);
    expect(valuesToShow(values, {}, new Set(), 'cafe').values).toEqual(['Café provision']);
    expect(valuesToShow(values, {}, new Set(), 'nothing like it')).toEqual({
      values: [],
      shown: 0,
      candidates: 0,
    });
  });

  it('puts the found values with most results first, then the rest in the usual order', () => {
    const counts = { 'Recommendation 150': 2, 'Recommendation 15': 1 };
    expect(valuesToShow(MANY, counts, new Set(), 'recommendation 15').values.slice(0, 3)).toEqual([
      'Recommendation 150',
      'Recommendation 15',
      // Words are found inside words too, so "15" finds 115 (first A–Z of those without results).
      'Recommendation 115',
    ]);
  });
});
