/**
 * An organisation's name as it reads inside a sentence: with "the" before it when its
 * file says so ("a response from the Office of the Police and Crime Commissioner"), and as
 * written otherwise ("from Wiltshire Police", "from His Majesty's Inspectorate …").
 * Headings, lists and data keep the plain name.
 */
import type { Organisation } from '../../schemas/organisation';

export function organisationInText(organisation: Pick<Organisation, 'name' | 'article'>): string {
  return organisation.article ? `${organisation.article} ${organisation.name}` : organisation.name;
}
