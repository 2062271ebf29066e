/**
 * Why an organisation's page lists a document it neither issued, printed nor was reported
 * on in: someone who spoke for it wrote the document, led its inspection or is quoted in it
 * (organisationsOf in documents.ts). Without the reason, an MP's statement on the Commissioner's office's
 * page reads as the office's own.
 */
import { organisationsNamedIn, peopleSpeakingFor } from './documents';
import { personParts, type PersonPart } from './person-in-document';
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
  // Each person once, under their first part in it (person-in-document.ts).
  const byFirstPart = (part: PersonPart) =>
    speakers.filter((person) => personParts(person.id, doc)[0] === part);
  const reasons = (Object.keys(REASON) as PersonPart[]).flatMap((part) => {
    const people = byFirstPart(part);
    return people.length > 0 ? [`${REASON[part]} ${named(people)}`] : [];
  });
  return `Listed here because ${reasons.join(' and ')}.`;
}

/** How the sentence names each part, in the order personParts gives them. */
const REASON: Record<PersonPart, string> = {
  author: 'it is by',
  'inspection lead': 'its inspection was led by',
  quoted: 'it quotes',
};

/** "Philip Wilkinson, Police and Crime Commissioner for Wiltshire and Swindon", as they were then. */
function nameAndRole(
  person: Entry<Person>,
  doc: SiteDocument,
  organisationName: string | undefined,
): string {
  const role = roleAt(person.data, doc.data.published);
  return role ? `${person.data.name}, ${roleLabel(role, organisationName)}` : person.data.name;
}
