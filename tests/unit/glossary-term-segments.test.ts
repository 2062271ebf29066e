import { describe, expect, test } from 'vitest';
import { termMatcher } from '../../src/lib/glossary/find-terms';
import { termSegments } from '../../src/lib/glossary/term-segments';

const pcc = { id: 'pcc', term: 'PCC', expansion: 'Police and Crime Commissioner' };
const mash = { id: 'mash', term: 'MASH', expansion: 'Multi-Agency Safeguarding Hub' };
const match = termMatcher([pcc, mash, { id: 'sentinel', term: 'Sentinel', expansion: 'A team' }]);

describe('glossary acronyms in quoted words', () => {
  test('are cut out of the words, each linked at its first use on the page only', () => {
    const linked = new Set<string>();
    expect(termSegments('The PCC and the MASH met.', match, linked)).toEqual([
      { text: 'The ' },
      { text: 'PCC', entry: pcc, spelledOut: false, link: true },
      { text: ' and the ' },
      { text: 'MASH', entry: mash, spelledOut: false, link: true },
      { text: ' met.' },
    ]);
    // A later quote on the same page marks them again, but links neither.
    expect(termSegments('PCCs, again', match, linked)).toEqual([
      { text: 'PCC', entry: pcc, spelledOut: false, link: false },
      { text: 's, again' },
    ]);
  });

  test('are not expanded where the words spell them out, and names that are not acronyms are left', () => {
    expect(
      termSegments(
        'The MASH (Multi-Agency Safeguarding Hub) and Sentinel',
        match,
        new Set(),
        false,
      ),
    ).toEqual([
      { text: 'The ' },
      { text: 'MASH', entry: mash, spelledOut: true, link: false },
      { text: ' (Multi-Agency Safeguarding Hub) and Sentinel' },
    ]);
    expect(termSegments('No glossary.', undefined, new Set())).toEqual([{ text: 'No glossary.' }]);
  });
});
