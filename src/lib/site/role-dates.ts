/**
 * How a role's dates read after its title, as precisely as the sources say: ", from
 * 5 March 2018 to 26 February 2023", or a note that they are not known; a role shown
 * without them would read as held today. Dates that are only when the sources show the
 * person in the role (`datesSeen`) are said to be that, not when it began and ended.
 */
import type { PartialDate } from '../dates/partial-date';
import type { Role } from '../../schemas/person';

/** Words, and dates to show as dates (`<time>`), in reading order. */
export type RoleDatesPart = string | { date: PartialDate };

export interface RoleDates {
  parts: RoleDatesPart[];
  /** Said after them, in brackets and smaller: what is not known. */
  note?: string;
}

export function roleDates({
  from,
  to,
  datesSeen,
}: Pick<Role, 'from' | 'to' | 'datesSeen'>): RoleDates {
  const either = from ?? to;
  if (!either) return { parts: [], note: 'dates not known here' };
  if (!datesSeen) {
    return {
      parts: [
        ...(from ? [', from ', { date: from }] : []),
        ...(to ? [from ? ' to ' : ', until ', { date: to }] : []),
      ],
    };
  }
  const note = 'when it began and ended is not known here';
  if (from && to && from.iso !== to.iso) {
    return { parts: [', known to have held it from ', { date: from }, ' to ', { date: to }], note };
  }
  // One date: only one is given, or both are the same.
  const at = either.precision === 'day' ? ' on ' : ' in ';
  return { parts: [', known to have held it', at, { date: either }], note };
}
