import { describe, expect, test } from 'vitest';
import { quotedPhrases } from '../../../src/lib/search/phrases';
import {
  listsNothing,
  resultOrder,
  shownOrder,
  type SearchState,
} from '../../../src/lib/search/search-state';
import {
  describeFilters,
  describeUnknown,
  describeWordless,
  leftOutStatus,
  quoted,
  searchStatus,
} from '../../../src/lib/search/ui/search-status';

const state = (query: string, filters: SearchState['filters'] = {}): SearchState => ({
  query,
  filters,
  sort: 'relevance',
});

const status = (
  searched: SearchState,
  total: number,
  unknown: { key: 'organisation'; value: string }[] = [],
) =>
  searchStatus({
    state: searched,
    total,
    unknown,
    split: quotedPhrases(searched.query).filter((phrase) => phrase.wordless !== undefined),
  });

describe('the search status line', () => {
  test('counts the documents found, in the words the reader typed', () => {
    expect(status(state('THRIVE'), 1)).toBe('1 document found for “THRIVE”.');
    expect(status(state('missing children'), 12)).toBe(
      '12 documents found for “missing children”.',
    );
    expect(status(state('police'), 10000)).toBe('10,000 documents found for “police”.');
  });

  test('names the filters that narrowed the results, and counts filtered documents without a query', () => {
    expect(status(state('THRIVE', { year: ['2023'] }), 3)).toBe(
      '3 documents found for “THRIVE” with year “2023”.',
    );
    // Without words "best match" cannot apply: they are listed newest first, and it says so.
    expect(status(state('', { type: ['Statement'] }), 2)).toBe(
      '2 documents with type “Statement”, newest first.',
    );
    expect(status(state('', { type: ['Statement'] }), 1)).toBe('1 document with type “Statement”.');
    expect(status({ query: '', filters: { type: ['Statement'] }, sort: 'oldest' }, 2)).toBe(
      '2 documents with type “Statement”, oldest first.',
    );
  });

  test('a date order with no words or filters lists every document, and says so', () => {
    expect(status({ query: '', filters: {}, sort: 'newest' }, 6)).toBe(
      'All 6 documents, newest first.',
    );
    expect(status({ query: '', filters: {}, sort: 'oldest' }, 6)).toBe(
      'All 6 documents, oldest first.',
    );
    expect(status({ query: '', filters: {}, sort: 'oldest' }, 1)).toBe('1 document.');
  });

  test('names the values of a group as alternatives, and the groups as all applying', () => {
    const filters = (chosen: SearchState['filters']) => describeFilters(state('', chosen));
    expect(filters({ person: ['Philip Wilkinson'], year: ['2022'] })).toBe(
      'person “Philip Wilkinson” and year “2022”',
    );
    // A comma before the last "and", so the year is not read as joined to "Response" alone.
    expect(filters({ type: ['Statement', 'Response'], year: ['2023'] })).toBe(
      'type “Statement” or “Response”, and year “2023”',
    );
    expect(
      filters({ type: ['Report'], organisation: ['HMICFRS'], theme: ['Missing children'] }),
    ).toBe('type “Report”, organisation “HMICFRS” and theme “Missing children”');
    // In the page's order of groups, whatever the address's order.
    expect(filters({ year: ['2023'], type: ['Report'] })).toBe('type “Report” and year “2023”');
  });

  test('counts the filters instead of reading out a long list of them', () => {
    const many = { recommendation: ['A', 'B', 'C'], year: ['2022', '2023'] };
    expect(describeFilters(state('', many))).toBe('the 5 filters chosen');
    expect(status(state('police', many), 7)).toBe(
      '7 documents found for “police” with the 5 filters chosen.',
    );
    const four = { recommendation: ['A', 'B', 'C'], year: ['2022'] };
    expect(describeFilters(state('', four))).toBe(
      'year “2022”, and recommendation “A”, “B” or “C”',
    );
  });

  test('lists filters alone newest first, since there are no words to match best', () => {
    expect(resultOrder(state('', { type: ['Statement'] }))).toBe('newest');
    expect(resultOrder({ ...state('', { type: ['Statement'] }), sort: 'oldest' })).toBe('oldest');
    expect(resultOrder(state('THRIVE'))).toBe('relevance');
  });

  test('the order control shows the order listed, and none while nothing is listed', () => {
    expect(shownOrder(state(''))).toBeUndefined();
    expect(listsNothing(state(''))).toBe(true);
    // Filters alone are listed newest first, whatever the address says of best match.
    expect(shownOrder(state('', { type: ['Statement'] }))).toBe('newest');
    // A date order alone lists everything in it.
    expect(listsNothing({ ...state(''), sort: 'oldest' })).toBe(false);
    expect(shownOrder({ ...state(''), sort: 'oldest' })).toBe('oldest');
    expect(shownOrder(state('THRIVE'))).toBe('relevance');
  });

  test('suggests what to try when nothing was found, only what applies', () => {
    expect(status(state('thirve'), 0)).toBe(
      '0 documents found for “thirve”. Check the spelling or try other words.',
    );
    expect(status(state('', { year: ['2019'] }), 0)).toBe(
      '0 documents with year “2019”. Untick some filters.',
    );
    expect(status(state('thirve', { year: ['2019'] }), 0)).toBe(
      '0 documents found for “thirve” with year “2019”. Check the spelling, try other words or untick some filters.',
    );
  });

  test('names the words no document has, and what the documents found have instead', () => {
    const found = (total: number, missing: string[], query = 'andromeda police') =>
      searchStatus({ state: state(query), total, unknown: [], split: [], missing });
    // The results have the rest of the search (query-checks.ts keeps only those).
    expect(found(6, ['andromeda'])).toBe(
      '6 documents found for “andromeda police”. No document has the word “andromeda”, so these have the rest of the search.',
    );
    expect(found(1, ['andromeda'], 'andromeda "missing children"')).toContain(
      'No document has the word “andromeda”, so these have the rest of the search.',
    );
    // With nothing else to search for, Pagefind found words that begin the same way.
    expect(found(2, ['andromeda', 'police'])).toBe(
      '2 documents found for “andromeda police”. No document has the words “andromeda” and “police”: these have words that begin the same way.',
    );
    expect(found(3, ['andromeda'], 'andromeda')).toBe(
      '3 documents found for “andromeda”. No document has the word “andromeda”: these have words that begin the same way.',
    );
    expect(found(6, [])).toBe('6 documents found for “andromeda police”.');
    // Nothing found is explained already.
    expect(found(0, ['andromeda'])).toBe(
      '0 documents found for “andromeda police”. Check the spelling or try other words.',
    );
  });

  test('when nothing was found, names the pages linked below instead of suggesting the spelling', () => {
    const found = (names: string[], near: boolean, query = 'pritchard') =>
      searchStatus({
        state: state(query),
        total: 0,
        unknown: [],
        split: [],
        about: { names, near },
      });
    expect(found(['Kier Pritchard'], false)).toBe(
      '0 documents found for “pritchard”. A page about Kier Pritchard is linked below.',
    );
    expect(found(['CAIT', 'CSE'], false, 'cait cse')).toBe(
      '0 documents found for “cait cse”. Pages about CAIT and CSE are linked below.',
    );
    expect(found(['Kier Pritchard'], true, 'prichard')).toBe(
      '0 documents found for “prichard”. Did you mean Kier Pritchard? It is linked below.',
    );
    expect(found(['Ann Smith', 'Bob Smith'], true, 'smyth')).toBe(
      '0 documents found for “smyth”. Did you mean Ann Smith or Bob Smith? They are linked below.',
    );
    expect(found([], false, 'thirve')).toBe(
      '0 documents found for “thirve”. Check the spelling or try other words.',
    );
    // With documents found, the box below speaks for itself.
    expect(
      searchStatus({
        state: state('wilkinson'),
        total: 2,
        unknown: [],
        split: [],
        about: { names: ['Philip Wilkinson'], near: false },
      }),
    ).toBe('2 documents found for “wilkinson”.');
  });

  test('says when no document has all the words, so the results have only some of them', () => {
    const found = (total: number) =>
      searchStatus({
        state: state('adults Wilkinson'),
        total,
        unknown: [],
        split: [],
        someWordsOnly: true,
      });
    expect(found(3)).toBe(
      '3 documents found for “adults Wilkinson”. No document has all of these words: these have some of them.',
    );
    expect(found(0)).not.toContain('some of them');
  });

  test('says how many results lack the quoted words word for word, once all are checked', () => {
    const found = (total: number, notAsWritten: number | undefined) =>
      searchStatus({
        state: state('"in Wiltshire Mr"'),
        total,
        unknown: [],
        split: [],
        notAsWritten,
      });
    expect(found(1, 1)).toBe(
      '1 document found for "in Wiltshire Mr". It has the quoted words, but not word for word.',
    );
    expect(found(3, 3)).toBe(
      '3 documents found for "in Wiltshire Mr". None has the quoted words word for word.',
    );
    expect(found(3, 1)).toBe(
      '3 documents found for "in Wiltshire Mr". 1 of them does not have the quoted words word for word.',
    );
    expect(found(3, 0)).toBe('3 documents found for "in Wiltshire Mr".');
    expect(found(30, undefined)).toBe('30 documents found for "in Wiltshire Mr".');
  });

  test('suggests searching without the quotes when an exact phrase found nothing', () => {
    expect(status(state('"missing child"'), 0)).toBe(
      '0 documents found for "missing child". Check the spelling, try other words or search without the double quotes, which match the exact words only.',
    );
    expect(status(state('"missing children"'), 4)).toBe(
      '4 documents found for "missing children".',
    );
  });

  test('names the filters from a shared address that the site does not have', () => {
    expect(status(state('THRIVE'), 4, [{ key: 'organisation', value: 'Old Name' }])).toBe(
      'Left out organisation “Old Name”: it is not on this site. 4 documents found for “THRIVE”.',
    );
    expect(
      status(state('THRIVE'), 4, [
        { key: 'organisation', value: 'Old Name' },
        { key: 'organisation', value: 'Gone' },
      ]),
    ).toMatch(
      /^Left out organisation “Old Name” and organisation “Gone”: they are not on this site\. /,
    );
  });

  test('names the left-out filters alone when none is left to search with', () => {
    expect(describeUnknown([{ key: 'year', value: '1999' }])).toBe(
      'Left out year “1999”: it is not on this site.',
    );
    expect(describeUnknown([])).toBe('');
  });

  test('says a person with a page but no document listed under them has none yet, by name', () => {
    expect(
      describeUnknown([
        { key: 'person', value: 'kier-pritchard', label: 'Kier Pritchard' },
        { key: 'year', value: '1999' },
      ]),
    ).toBe(
      'Left out year “1999”: it is not on this site. No document on this site is listed under person “Kier Pritchard” yet: that filter was left out.',
    );
  });

  test('says how a phrase with a word-less piece was searched', () => {
    expect(status(state('"Fire & Rescue Services"'), 2)).toBe(
      '2 documents found for "Fire & Rescue Services". Exact phrases cannot match “&”, so "Fire & Rescue Services" was searched as its parts, each exactly: "Fire" and "Rescue Services".',
    );
  });

  test('says that a quotation mark without a partner marks no phrase, and how to mark one', () => {
    const unpaired = searchStatus({
      state: state('"domestic abuse children'),
      total: 2,
      unknown: [],
      split: [],
      unpairedQuote: true,
    });
    expect(unpaired).toBe(
      '2 documents found for “"domestic abuse children”. A quotation mark has no partner, so no phrase was searched for exactly: put the words between two quotation marks to match them word for word.',
    );
  });

  test('says that symbols alone were not searched, before what the filters found', () => {
    const filtered = searchStatus({
      state: state('', { type: ['Report'] }),
      total: 3,
      unknown: [],
      wordless: '£',
      split: [],
    });
    expect(filtered).toBe(
      'Search finds words and numbers, not symbols on their own, so “£” was not searched: type a word or number. 3 documents with type “Report”, newest first.',
    );
  });
});

test('symbols alone are named as not searched; empty quotation marks ask for words, and one mark says nothing', () => {
  expect(describeWordless('%')).toBe(
    'Search finds words and numbers, not symbols on their own, so “%” was not searched: type a word or number.',
  );
  expect(describeWordless(' "—" ')).toContain('so “—” was not searched');
  expect(describeWordless('""')).toBe('Type the words to find between the quotation marks.');
  expect(describeWordless('“ ”')).toBe('Type the words to find between the quotation marks.');
  // A phrase about to be typed.
  expect(describeWordless('"')).toBe('');
});

// What the search page says for a search with nothing left to search for.
test('a search of symbols and unknown filters alone says what was left out, symbols first', () => {
  expect(leftOutStatus('£', [{ key: 'year', value: '1999' }])).toBe(
    'Search finds words and numbers, not symbols on their own, so “£” was not searched: type a word or number. Left out year “1999”: it is not on this site.',
  );
  expect(leftOutStatus('', [{ key: 'year', value: '1999' }])).toBe(
    'Left out year “1999”: it is not on this site.',
  );
  expect(leftOutStatus('', [])).toBe('');
});

test('a query is put in quotation marks unless it is already an exact phrase', () => {
  expect(quoted('missing children')).toBe('“missing children”');
  expect(quoted('"missing children"')).toBe('"missing children"');
  expect(quoted(' “missing children” ')).toBe('“missing children”');
  // A quotation pasted from its first paragraph, which opens it and does not close it.
  expect(quoted('“The themes within this report')).toBe('“The themes within this report');
  expect(quoted('police "missing')).toBe('“police "missing”');
});
