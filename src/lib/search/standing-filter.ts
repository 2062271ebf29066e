/**
 * The search filter for whether a document still stands or was withdrawn: a journalist
 * lists what the force took back, a resident leaves it out. Every document carries one
 * of the two values, so either can be ticked and counted like any other filter.
 *
 * A site where nothing was withdrawn would show a group of one value that narrows
 * nothing, so the search page treats the group as absent until the index has a
 * withdrawn document: it is not drawn, and an address naming it is told it is not on
 * this site, as for any other value the site does not have.
 */
import type { FilterCounts } from './pagefind-api';

/** The group's key: its parameter in the address (`?standing=Withdrawn`). */
export const STANDING_KEY = 'standing';

/** Its two values, as readers see them. Not "status": that is a recommendation's progress. */
export const STANDING = { standing: 'Not withdrawn', withdrawn: 'Withdrawn' } as const;

export function standingValue(withdrawn: boolean): string {
  return withdrawn ? STANDING.withdrawn : STANDING.standing;
}

/** The index's filter values, without the standing group when no document was withdrawn. */
export function withoutIdleStanding(all: FilterCounts): FilterCounts {
  if ((all[STANDING_KEY]?.[STANDING.withdrawn] ?? 0) > 0) return all;
  const shown = { ...all };
  delete shown[STANDING_KEY];
  return shown;
}
