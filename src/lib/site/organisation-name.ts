/**
 * An organisation's name as it reads inside a sentence: with "the" before it when its
 * file says so ("a response from the Office of the Police and Crime Commissioner"), and as
 * written otherwise ("from Wiltshire Police", "from His Majesty's Inspectorate …").
 * Headings, lists and data keep the plain name.
 */
import type { Organisation } from '../../schemas/organisation';
import { andList } from '../text/and-list';

export function organisationInText(organisation: Pick<Organisation, 'name' | 'article'>): string {
  return organisation.article ? `${organisation.article} ${organisation.name}` : organisation.name;
}

/**
 * A group's name inside a sentence, naming the organisations it includes when there are
 * any: "Positive Media Group, including The Link". Its feed follows them all.
 */
export function groupInText(
  group: Pick<Organisation, 'name' | 'article'>,
  parts: readonly Pick<Organisation, 'name' | 'article'>[],
): string {
  const name = organisationInText(group);
  return parts.length === 0 ? name : `${name}, including ${andList(parts.map(organisationInText))}`;
}
