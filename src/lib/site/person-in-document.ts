/**
 * What a person is to a document: its author, who led its inspection, or someone it
 * quotes. A person's page says so under each document it lists: the list's byline names
 * the issuer ("Statement by Danny Kruger"), so without it a reader of Philip Wilkinson's
 * page could not tell that the MP's statement is there because it quotes him. An
 * organisation's page says the same of its people (listed-for-its-people.ts).
 */
import { ledBy } from './documents';
import type { Entry, SiteDocument } from './types';
import type { Person } from '../../schemas/person';
import { andList } from '../text/and-list';

export type PersonPart = 'author' | 'inspection lead' | 'quoted';

/** Each part the person has in the document, in this order: author, inspection lead, quoted. */
export function personParts(personId: string, doc: SiteDocument): PersonPart[] {
  return [
    ...(doc.data.authors.includes(personId) ? (['author'] as const) : []),
    ...(ledBy(doc).includes(personId) ? (['inspection lead'] as const) : []),
    ...(doc.data.quoted.includes(personId) ? (['quoted'] as const) : []),
  ];
}

const PART_IN_WORDS: Record<PersonPart, string> = {
  author: 'wrote it',
  'inspection lead': 'led its inspection',
  quoted: 'is quoted in it',
};

/** "Philip Wilkinson is quoted in it.", "Wendy Williams led its inspection." */
export function personInDocument(person: Entry<Person>, doc: SiteDocument): string | undefined {
  const parts = personParts(person.id, doc).map((part) => PART_IN_WORDS[part]);
  return parts.length > 0 ? `${person.data.name} ${andList(parts)}.` : undefined;
}
