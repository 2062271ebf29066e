import { describe, expect, test } from 'vitest';
import {
  pagefindFilters,
  parseSearchState,
  serialiseSearchState,
  withKnownFilters,
} from '../../../src/lib/search/search-state';

describe('search state in the URL', () => {
  test('reads query, repeated filter values and sort', () => {
    const state = parseSearchState(
      '?q=%22missing+children%22&type=Statement&type=Response&year=2023&sort=newest',
    );
    expect(state).toEqual({
      query: '"missing children"',
      filters: { type: ['Statement', 'Response'], year: ['2023'] },
      sort: 'newest',
    });
  });

  test('ignores unknown parameters and sorts, and empty values', () => {
    expect(parseSearchState('?q=&colour=red&sort=random&type=')).toEqual({
      query: '',
      filters: {},
      sort: 'relevance',
    });
  });

  test('round-trips, with parameters in a fixed order so equal searches share one URL', () => {
    const a = parseSearchState('?sort=oldest&year=2022&q=THRIVE&type=Report');
    const b = parseSearchState('?type=Report&q=THRIVE&year=2022&sort=oldest');
    expect(serialiseSearchState(a)).toBe('q=THRIVE&type=Report&year=2022&sort=oldest');
    expect(serialiseSearchState(b)).toBe(serialiseSearchState(a));
    expect(parseSearchState(serialiseSearchState(a))).toEqual(a);
  });

  test('leaves relevance, the default order, out of the URL', () => {
    expect(serialiseSearchState({ query: 'x', filters: {}, sort: 'relevance' })).toBe('q=x');
  });

  test('ticks within a group widen the search; groups narrow it', () => {
    const state = parseSearchState('?type=Statement&type=Response&organisation=Wiltshire+Police');
    expect(pagefindFilters(state)).toEqual({
      type: { any: ['Statement', 'Response'] },
      organisation: { any: ['Wiltshire Police'] },
    });
  });
});

describe('filters from an address, matched to the index', () => {
  const all = {
    type: { Report: 2, Statement: 3 },
    recommendation: { 'Missing children': 4, 'Children in detention': 1 },
  };

  test('takes a value written in another case as the index’s own', () => {
    const { state, unknown } = withKnownFilters(
      parseSearchState('?q=children&recommendation=Missing+Children&type=Report'),
      all,
    );
    expect(state.filters).toEqual({ type: ['Report'], recommendation: ['Missing children'] });
    expect(unknown).toEqual([]);
  });

  test('takes a value written as the site writes ids, in its data and feeds', () => {
    const { state, unknown } = withKnownFilters(
      parseSearchState('?recommendation=children-in-detention&type=report'),
      all,
    );
    expect(state.filters).toEqual({ type: ['Report'], recommendation: ['Children in detention'] });
    expect(unknown).toEqual([]);
  });

  test('leaves out and lists a value the index does not have, keeping the rest', () => {
    const { state, unknown } = withKnownFilters(
      parseSearchState('?q=children&recommendation=Old+title&type=Statement'),
      all,
    );
    expect(state).toEqual({
      query: 'children',
      filters: { type: ['Statement'] },
      sort: 'relevance',
    });
    expect(unknown).toEqual([{ key: 'recommendation', value: 'Old title' }]);
  });
});
