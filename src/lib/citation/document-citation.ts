/** The citation details of a site document: names looked up, the right address chosen. */
import { entryById } from '../site/entry-by-id';
import type { SiteContent, SiteDocument } from '../site/types';
import type { CitationInput } from './citation';

/**
 * Every document is cited at the original's address, or none when that is not recorded
 * (a related page's would send readers astray). A verbatim document is also cited at its
 * page here (`pageUrl`), as a copy; our summary never is, since its words are not the
 * original's.
 */
export function documentCitation(
  doc: SiteDocument,
  site: Pick<SiteContent, 'people' | 'organisations'>,
  pageUrl: string,
): CitationInput {
  const organisationName = (id: string | undefined) => entryById(site.organisations, id)?.data.name;
  return {
    title: doc.data.title,
    titleSupplied: doc.data.titleSupplied,
    authors: doc.data.authors.flatMap((id) => entryById(site.people, id)?.data.name ?? []),
    organisation: organisationName(doc.data.issuer),
    outlet: organisationName(doc.data.outlet),
    published: doc.data.published,
    url: doc.data.source.original ? doc.data.source.url : undefined,
    copyUrl: doc.data.verbatim ? pageUrl : undefined,
    withdrawn: doc.data.withdrawn?.date,
  };
}
