import { expect, test } from 'vitest';
import { formatPartialDate } from '../../../src/lib/dates/format';
import { roleDates } from '../../../src/lib/site/role-dates';
import { date } from '../../support/content-builders';

/** As a reader sees it after the role's title. */
function read(role: { from?: string; to?: string; datesSeen?: true }): string {
  const { parts, note } = roleDates({
    ...(role.from && { from: date(role.from) }),
    ...(role.to && { to: date(role.to) }),
    ...(role.datesSeen && { datesSeen: true }),
  });
  const text = parts.map((part) =>
    typeof part === 'string' ? part : formatPartialDate(part.date),
  );
  return `${text.join('')}${note ? ` (${note})` : ''}`;
}

test('a role’s known beginning and end read as its span', () => {
  expect(read({ from: '2018-03-05', to: '2023-02-26' })).toBe(
    ', from 5 March 2018 to 26 February 2023',
  );
  expect(read({ from: '2023-02-27' })).toBe(', from 27 February 2023');
  expect(read({ to: '2023-02' })).toBe(', until February 2023');
  expect(read({})).toBe(' (dates not known here)');
});

test('dates the sources only show the person in the role say so', () => {
  const note = ' (when it began and ended is not known here)';
  expect(read({ from: '2022', to: '2023', datesSeen: true })).toBe(
    `, known to have held it from 2022 to 2023${note}`,
  );
  expect(read({ from: '2023', to: '2023', datesSeen: true })).toBe(
    `, known to have held it in 2023${note}`,
  );
  expect(read({ to: '2023-09-15', datesSeen: true })).toBe(
    `, known to have held it on 15 September 2023${note}`,
  );
  expect(read({ from: '2023-09', datesSeen: true })).toBe(
    `, known to have held it in September 2023${note}`,
  );
});
