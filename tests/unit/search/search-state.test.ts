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

  test('takes an id from the open data once its group’s labels by id are given', () => {
    const index = {
      ...all,
      organisation: {
        'Office of the Police and Crime Commissioner for Wiltshire and Swindon': 3,
        'Wiltshire Police': 5,
      },
    };
    const address = parseSearchState(
      '?organisation=opcc-wiltshire-swindon&recommendation=ncpi-wiltshire-2023-missing-children',
    );
    // Without the labels by id, the ids are unknown: the search page then fetches them.
    expect(withKnownFilters(address, index).unknown).toEqual([
      { key: 'organisation', value: 'opcc-wiltshire-swindon' },
      { key: 'recommendation', value: 'ncpi-wiltshire-2023-missing-children' },
    ]);
    const { state, unknown } = withKnownFilters(address, index, {
      organisation: {
        'opcc-wiltshire-swindon':
          'Office of the Police and Crime Commissioner for Wiltshire and Swindon',
        'wiltshire-police': 'Wiltshire Police',
      },
      recommendation: { 'ncpi-wiltshire-2023-missing-children': 'Missing children' },
    });
    expect(state.filters).toEqual({
      organisation: ['Office of the Police and Crime Commissioner for Wiltshire and Swindon'],
      recommendation: ['Missing children'],
    });
    expect(unknown).toEqual([]);
  });

  test('still lists an id the site does not have, or one whose label the index lacks, with that label', () => {
    const { state, unknown } = withKnownFilters(
      parseSearchState('?type=Report&organisation=no-such-body&organisation=the-link'),
      { type: { Report: 2 }, organisation: { 'Wiltshire Police': 5 } },
      // The Link issued nothing searchable: it has an id but no documents in the index.
      { organisation: { 'the-link': 'The Link' } },
    );
    expect(state.filters).toEqual({ type: ['Report'] });
    expect(unknown).toEqual([
      { key: 'organisation', value: 'no-such-body' },
      { key: 'organisation', value: 'the-link', label: 'The Link' },
    ]);
  });

  test('a name with no document under it yet is listed with its label, not as not on this site', () => {
    const { state, unknown } = withKnownFilters(
      parseSearchState('?person=catherine+roper'),
      { person: { 'Philip Wilkinson': 2 } },
      { person: { 'catherine-roper': 'Catherine Roper' } },
    );
    expect(state.filters).toEqual({});
    expect(unknown).toEqual([
      { key: 'person', value: 'catherine roper', label: 'Catherine Roper' },
    ]);
  });

  test('prefers a label to an id, so an address means the same whether or not ids were loaded', () => {
    const { state } = withKnownFilters(
      parseSearchState('?person=deb-smith'),
      { person: { 'Deb Smith': 2, 'Deborah Smith': 1 } },
      { person: { 'deb-smith': 'Deborah Smith' } },
    );
    expect(state.filters).toEqual({ person: ['Deb Smith'] });
  });

  test('does not take the names of an object’s built-in properties as values', () => {
    const { unknown } = withKnownFilters(
      parseSearchState('?organisation=constructor&person=toString'),
      { organisation: { 'Wiltshire Police': 5 }, person: {} },
      { organisation: {}, person: {} },
    );
    expect(unknown).toEqual([
      { key: 'organisation', value: 'constructor' },
      { key: 'person', value: 'toString' },
    ]);
  });
});
