/**
 * An organisation and the organisations it includes (a publisher's outlets, through
 * `parent`), for the pages and feeds that follow a group as a whole: a reader who
 * follows a publisher expects its outlets' documents.
 */
import type { Organisation } from '../../schemas/organisation';
import type { Entry } from './types';
import { groupInText } from './organisation-name';

type OrganisationEntry = Pick<Entry<Pick<Organisation, 'parent'>>, 'id' | 'data'>;

/** The organisations under `id`, at any depth: its parts, then their parts. */
export function partsOf<Org extends OrganisationEntry>(
  id: string,
  organisations: readonly Org[],
): Org[] {
  const parts: Org[] = [];
  // `found` keeps a parent cycle (which the integrity check reports) from looping.
  const found = new Set([id]);
  const queue = [id];
  for (let parent = queue.shift(); parent !== undefined; parent = queue.shift()) {
    for (const entry of organisations) {
      if (entry.data.parent !== parent || found.has(entry.id)) continue;
      found.add(entry.id);
      parts.push(entry);
      queue.push(entry.id);
    }
  }
  return parts;
}

/** `id` first, then the ids of its parts: whose documents a group's feed follows. */
export function groupIds(id: string, organisations: readonly OrganisationEntry[]): string[] {
  return [id, ...partsOf(id, organisations).map((part) => part.id)];
}

/** A group's name in a sentence, with the organisations it includes (groupInText). */
export function groupNameInText(
  group: Pick<Entry<Organisation>, 'id' | 'data'>,
  organisations: readonly Pick<Entry<Organisation>, 'id' | 'data'>[],
): string {
  return groupInText(
    group.data,
    partsOf(group.id, organisations).map((part) => part.data),
  );
}

/** The chain of `parent`s from an organisation that leads back to it, if there is one. */
export function parentCycle(
  id: string,
  organisations: readonly OrganisationEntry[],
): string[] | undefined {
  const parents = new Map(organisations.map((entry) => [entry.id, entry.data.parent]));
  const chain = [id];
  for (let parent = parents.get(id); parent !== undefined; parent = parents.get(parent)) {
    if (parent === id) return [...chain, id];
    if (chain.includes(parent)) return undefined; // a cycle further up, reported for its own members
    chain.push(parent);
  }
  return undefined;
}
