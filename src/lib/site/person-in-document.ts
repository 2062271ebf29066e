/**
 * What a person is to a document their page lists: its author, who led its inspection,
 * or someone it quotes. The list's byline names the issuer ("Statement by Danny Kruger"),
 * so without this a reader of Philip Wilkinson's page could not tell that the MP's
 * statement is there because it quotes him.
 */
import { ledBy } from './documents';
import type { Entry, SiteDocument } from './types';
import type { Person } from '../../schemas/person';
import { andList } from '../text/and-list';

/** "Philip Wilkinson is quoted in it.", "Wendy Williams led its inspection." */
export function personInDocument(person: Entry<Person>, doc: SiteDocument): string | undefined {
  const parts = [
    ...(doc.data.authors.includes(person.id) ? ['wrote it'] : []),
    ...(ledBy(doc).includes(person.id) ? ['led its inspection'] : []),
    ...(doc.data.quoted.includes(person.id) ? ['is quoted in it'] : []),
  ];
  return parts.length > 0 ? `${person.data.name} ${andList(parts)}.` : undefined;
}
