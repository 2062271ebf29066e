import { describe, expect, test } from 'vitest';
import { groupIds, parentCycle, partsOf } from '../../../src/lib/site/organisation-parts';
import { groupInText } from '../../../src/lib/site/organisation-name';

const organisation = (id: string, parent?: string) => ({ id, data: { parent } });

describe('partsOf', () => {
  const organisations = [
    organisation('group'),
    organisation('paper', 'group'),
    organisation('supplement', 'paper'),
    organisation('radio', 'group'),
    organisation('elsewhere'),
  ];

  test('finds the parts of a group at any depth, its own parts first', () => {
    expect(partsOf('group', organisations).map((part) => part.id)).toEqual([
      'paper',
      'radio',
      'supplement',
    ]);
    expect(partsOf('paper', organisations).map((part) => part.id)).toEqual(['supplement']);
    expect(groupIds('group', organisations)).toEqual(['group', 'paper', 'radio', 'supplement']);
  });

  test('an organisation with no parts has none', () => {
    expect(partsOf('elsewhere', organisations)).toEqual([]);
  });

  test('stops at a cycle instead of looping', () => {
    const cycle = [organisation('a', 'b'), organisation('b', 'a')];
    expect(partsOf('a', cycle).map((part) => part.id)).toEqual(['b']);
  });
});

describe('parentCycle', () => {
  test('names the chain of parents that leads back to an organisation', () => {
    const organisations = [organisation('a', 'b'), organisation('b', 'c'), organisation('c', 'a')];
    expect(parentCycle('a', organisations)).toEqual(['a', 'b', 'c', 'a']);
    expect(parentCycle('self', [organisation('self', 'self')])).toEqual(['self', 'self']);
  });

  test('is undefined for an ordinary chain, and for one that only reaches a cycle', () => {
    const organisations = [
      organisation('paper', 'group'),
      organisation('group'),
      organisation('x', 'y'),
      organisation('y', 'z'),
      organisation('z', 'y'),
    ];
    expect(parentCycle('paper', organisations)).toBeUndefined();
    expect(parentCycle('x', organisations)).toBeUndefined();
    expect(parentCycle('y', organisations)).toEqual(['y', 'z', 'y']);
  });
});

describe('groupInText', () => {
  const group = { name: 'Positive Media Group' };

  test('names the organisations a group includes', () => {
    expect(groupInText(group, [{ name: 'The Link' }])).toBe(
      'Positive Media Group, including The Link',
    );
    expect(groupInText(group, [{ name: 'The Link' }, { name: 'A Radio Station' }])).toBe(
      'Positive Media Group, including The Link and A Radio Station',
    );
  });

  test('is the plain name in a sentence when there are no parts', () => {
    expect(groupInText({ name: 'Office of the PCC', article: 'the' }, [])).toBe(
      'the Office of the PCC',
    );
  });
});
