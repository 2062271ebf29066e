/**
 * Why an organisation's page lists a document it neither issued, printed nor was reported
 * on in: someone who spoke for it wrote the document, led its inspection or is quoted in it
 * (organisationsOf in documents.ts). Without the reason, an MP's statement on the Commissioner's office's
 * page reads as the office's own.
 */
import { ledBy, organisationsNamedIn, peopleSpeakingFor } from './documents';
import { entryById } from './entry-by-id';
import { roleAt, roleLabel } from './roles';
import type { Entry, SiteContent, SiteDocument } from './types';
import type { Person } from '../../schemas/person';
import { andList } from '../text/and-list';

/**
 * "Listed here because it quotes Philip Wilkinson, Police and Crime Commissioner for
 * Wiltshire and Swindon.", or undefined when the document is the organisation's own, or
 * printed by it, or a report on it.
 */
export function listedForItsPeople(
  organisationId: string,
  doc: SiteDocument,
  site: Pick<SiteContent, 'organisations' | 'people'>,
): string | undefined {
  if (organisationsNamedIn(doc).includes(organisationId)) return undefined;
  const speakers = peopleSpeakingFor(organisationId, doc, site.people);
  if (speakers.length === 0) return undefined;
  const organisationName = entryById(site.organisations, organisationId)?.data.name;
  const named = (people: Entry<Person>[]) =>
    andList(people.map((person) => nameAndRole(person, doc, organisationName)));
  // Each person once, under the first of these that is true of them.
  const wrote = speakers.filter((person) => doc.data.authors.includes(person.id));
  const led = speakers.filter(
    (person) => !wrote.includes(person) && ledBy(doc).includes(person.id),
  );
  const quoted = speakers.filter((person) => !wrote.includes(person) && !led.includes(person));
  const reasons = [
    ...(wrote.length > 0 ? [`it is by ${named(wrote)}`] : []),
    ...(led.length > 0 ? [`its inspection was led by ${named(led)}`] : []),
    ...(quoted.length > 0 ? [`it quotes ${named(quoted)}`] : []),
  ];
  return `Listed here because ${reasons.join(' and ')}.`;
}

/** "Philip Wilkinson, Police and Crime Commissioner for Wiltshire and Swindon", as they were then. */
function nameAndRole(
  person: Entry<Person>,
  doc: SiteDocument,
  organisationName: string | undefined,
): string {
  const role = roleAt(person.data, doc.data.published);
  return role ? `${person.data.name}, ${roleLabel(role, organisationName)}` : person.data.name;
}
