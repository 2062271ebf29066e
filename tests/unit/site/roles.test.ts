import { describe, expect, test } from 'vitest';
import { roleAt, roleLabel } from '../../../src/lib/site/roles';
import { parsePartialDate } from '../../../src/lib/dates/partial-date';
import { personSchema } from '../../../src/schemas/person';

const on = (text: string) => parsePartialDate(text)!;
const person = personSchema.parse({
  name: 'Someone',
  roles: [
    { title: 'Chief Constable', organisation: 'force', from: '2018-03-05', to: '2023-02-26' },
    { title: 'Adviser', from: '2023-03' },
  ],
  sources: ['https://example.org/'],
});

describe('roleAt', () => {
  test('finds the role held on the day', () => {
    expect(roleAt(person, on('2022-08-05'))?.title).toBe('Chief Constable');
    expect(roleAt(person, on('2023-02-26'))?.title).toBe('Chief Constable');
    expect(roleAt(person, on('2023-04'))?.title).toBe('Adviser');
  });

  test('with a month-precision date, any role that could have been held matches', () => {
    expect(roleAt(person, on('2023-02'))?.title).toBe('Chief Constable');
  });

  test('finds nothing before the first known role', () => {
    expect(roleAt(person, on('2017'))).toBeUndefined();
  });

  test('a role with unknown dates is not ruled out', () => {
    const undated = personSchema.parse({
      name: 'MP',
      roles: [{ title: 'Member of Parliament' }],
      sources: ['https://example.org/'],
    });
    expect(roleAt(undated, on('2022-08-05'))?.title).toBe('Member of Parliament');
  });

  test('a role known only from the years the sources show it is not ruled out by them', () => {
    const seen = personSchema.parse({
      name: 'ACC',
      roles: [
        { title: 'Superintendent', from: '2015', to: '2021-06' },
        { title: 'Assistant Chief Constable', from: '2022', to: '2023', datesSeen: true },
      ],
      sources: ['https://example.org/'],
    });
    expect(roleAt(seen, on('2023-09-15'))?.title).toBe('Assistant Chief Constable');
    // Before the first sighting she may already have held it: not ruled out, but a role
    // known to be held then comes first.
    expect(roleAt(seen, on('2021-12'))?.title).toBe('Assistant Chief Constable');
    expect(roleAt(seen, on('2020-05'))?.title).toBe('Superintendent');
    expect(roleAt(seen, on('2025'))?.title).toBe('Assistant Chief Constable');
  });

  test('a role seen only at other times comes after one with no dates', () => {
    const person = personSchema.parse({
      name: 'Former inspector',
      roles: [
        {
          title: 'HM Inspector',
          organisation: 'inspectorate',
          from: '2015',
          to: '2016',
          datesSeen: true,
        },
        { title: 'Chief Constable', organisation: 'force' },
      ],
      sources: ['https://example.org/'],
    });
    expect(roleAt(person, on('2023'))?.title).toBe('Chief Constable');
    expect(roleAt(person, on('2015-06'))?.title).toBe('HM Inspector');
  });
});

describe('roleLabel', () => {
  test('adds the organisation unless the title already names its place', () => {
    expect(roleLabel({ title: 'Assistant Chief Constable' }, 'Wiltshire Police')).toBe(
      'Assistant Chief Constable, Wiltshire Police',
    );
    expect(
      roleLabel(
        { title: 'Police and Crime Commissioner for Wiltshire and Swindon' },
        'Office of the Police and Crime Commissioner for Wiltshire and Swindon',
      ),
    ).toBe('Police and Crime Commissioner for Wiltshire and Swindon');
    expect(roleLabel({ title: 'Reporter' }, undefined)).toBe('Reporter');
  });
});
