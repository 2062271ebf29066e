// An organisation's page lists documents its people wrote or are quoted in; those it did
// not issue, print or get reported on in say why they are there.
import { describe, expect, test } from 'vitest';
import { listedForItsPeople } from '../../../src/lib/site/listed-for-its-people';
import { date, person, report, site, statement } from '../../support/content-builders';

const commissioner = person('the-commissioner', [
  {
    title: 'Police and Crime Commissioner for the county',
    organisation: 'pcc-office',
    from: date('2021'),
  },
]);
const chief = person('the-chief', [
  { title: 'Chief Constable', organisation: 'the-force', to: date('2023-02-26') },
]);
const mp = person('an-mp', [{ title: 'Member of Parliament' }]);
const names = site({ people: [commissioner, chief, mp] });

describe('why an organisation’s page lists a document', () => {
  test('an MP’s statement quoting the Commissioner names him in the role he held then', () => {
    const doc = statement('mp', {
      published: '2022-08-05',
      authors: ['an-mp'],
      quoted: ['the-commissioner'],
    });
    expect(listedForItsPeople('pcc-office', doc, names)).toBe(
      'Listed here because it quotes Name of the-commissioner, Police and Crime Commissioner for the county, Name of pcc-office.',
    );
  });

  test('says who wrote it, and who it quotes, when both spoke for the organisation', () => {
    const doc = statement('both', {
      published: '2022-08-05',
      issuer: 'pcc-office',
      authors: ['the-chief'],
      quoted: ['the-chief', 'the-commissioner'],
    });
    expect(listedForItsPeople('the-force', doc, names)).toBe(
      'Listed here because it is by Name of the-chief, Chief Constable, Name of the-force.',
    );
  });

  test('names who led a report’s inspection as that, not as an author or someone quoted', () => {
    const inspector = person('the-inspector', [
      { title: 'HM Inspector', organisation: 'inspectorate', from: date('2020') },
    ]);
    const doc = report('review', {
      published: '2023',
      issuer: 'pcc-office',
      ledBy: ['the-inspector'],
      quoted: ['the-inspector'],
    });
    expect(listedForItsPeople('inspectorate', doc, site({ people: [inspector] }))).toBe(
      'Listed here because its inspection was led by Name of the-inspector, HM Inspector, Name of inspectorate.',
    );
  });

  test('says nothing of a document the organisation issued, printed or was reported on in', () => {
    const own = statement('own', {
      published: '2022-08-05',
      issuer: 'pcc-office',
      quoted: ['the-commissioner'],
    });
    expect(listedForItsPeople('pcc-office', own, names)).toBeUndefined();
    const aboutTheForce = report('ncpi', { published: '2022-08-05', quoted: ['the-chief'] });
    expect(listedForItsPeople('the-force', aboutTheForce, names)).toBeUndefined();
  });

  test('says nothing for a role held only at another time', () => {
    const later = statement('later', {
      published: '2024-01-10',
      authors: ['an-mp'],
      quoted: ['the-chief'],
    });
    expect(listedForItsPeople('the-force', later, names)).toBeUndefined();
  });
});
