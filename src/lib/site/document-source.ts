/**
 * What a document is and who it is from, as lists and feed items say it ("Statement from
 * Wiltshire Police"): the organisation that issued it or else its authors ("Statement by
 * Danny Kruger", for an MP's statement issued by no organisation). Without the authors,
 * such a document's entry named no one, and a reader scanning a list of statements could
 * not tell whose each was. A page carrying our summary says so before whose the document
 * is ("Report (our summary) from …"), as the page itself and search results do.
 */
import { entryById } from './entry-by-id';
import { documentTypeLabel } from './labels';
import { organisationInText } from './organisation-name';
import type { SiteContent, SiteDocument } from './types';
import { andList } from '../text/and-list';

type Names = Pick<SiteContent, 'organisations' | 'people'>;

/** "<Type> from <organisation>", "<Type> by <author> and <author>", or the type alone. */
export function documentByline(doc: SiteDocument, site: Names): string {
  const source = documentSource(doc, site);
  const type = documentTypeLabel(doc);
  return source ? `${type} ${source}` : type;
}

function documentSource(doc: SiteDocument, site: Names): string | undefined {
  const issuer = entryById(site.organisations, doc.data.issuer);
  if (issuer) return `from ${organisationInText(issuer.data)}`;
  const authors = doc.data.authors
    .map((id) => entryById(site.people, id)?.data.name)
    .filter((name): name is string => name !== undefined);
  return authors.length > 0 ? `by ${andList(authors)}` : undefined;
}
