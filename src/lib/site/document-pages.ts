/**
 * getStaticPaths for the document pages of one type (`/reports/<slug>/` and so on): one
 * page per document of that type, with the document as its props, less those the render
 * cache can reuse as they are (skip-unchanged.ts).
 */
import { withoutUnchangedPages } from '../render-cache/skip-unchanged';
import { loadSite } from './load-site';
import type { SiteDocument } from './types';
import { documentPath } from './urls';

export interface DocumentPageEntry {
  params: { slug: string };
  props: { doc: SiteDocument };
}

export async function documentPages(type: SiteDocument['type']): Promise<DocumentPageEntry[]> {
  const site = await loadSite();
  return withoutUnchangedPages(
    site.documents
      .filter((doc) => doc.type === type)
      .map((doc) => ({ params: { slug: doc.id }, props: { doc } })),
    ({ props }) => documentPath(props.doc),
  );
}
