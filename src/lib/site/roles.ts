/**
 * "Role at the time": which of a person's roles they held when a document was
 * published. A role whose dates are unknown is taken to match, since nothing says it
 * did not; a role known to have started after, or ended before, does not. A role whose
 * dates are only when the sources show it (`datesSeen`) is never ruled out by them.
 */
import { isCertainlyBefore, type PartialDate } from '../dates/partial-date';
import type { Person, Role } from '../../schemas/person';

export function roleAt(person: Person, date: PartialDate): Role | undefined {
  const within = (role: Role) =>
    !(role.from && isCertainlyBefore(date, role.from)) &&
    !(role.to && isCertainlyBefore(role.to, date));
  const dated = (role: Role) => Boolean(role.from || role.to);
  // First a role known to be held then; then one with no dates, which nothing rules out;
  // last one seen only at other times. (Which role it is decides, for an inspector,
  // whether an assessment is the inspectorate's finding: status.ts.)
  const rank = (role: Role) => (!dated(role) ? 1 : within(role) ? 0 : 2);
  const held = person.roles.filter((role) => role.datesSeen || within(role));
  return held.reduce<Role | undefined>(
    (best, role) => (best === undefined || rank(role) < rank(best) ? role : best),
    undefined,
  );
}

/**
 * "Assistant Chief Constable, Wiltshire Police": the role with its organisation, unless
 * the title already names the organisation's place ("… for Wiltshire and Swindon").
 */
export function roleLabel(role: Role, organisationName: string | undefined): string {
  if (!organisationName) return role.title;
  const tail = (text: string) => text.toLowerCase().split(/\s+/).slice(-2).join(' ');
  return tail(role.title) === tail(organisationName)
    ? role.title
    : `${role.title}, ${organisationName}`;
}
