import { documentPath } from '../site/urls';
import type { SiteDocument } from '../site/types';

/** Where a document's social card image is published: `/social/reports/<slug>.png`. */
export function socialCardPath(doc: Pick<SiteDocument, 'type' | 'id'>): string {
  return `/social${documentPath(doc).slice(0, -1)}.png`;
}

/** The site's own card, for pages that are not documents. */
export const SITE_CARD_PATH = '/social/site.png';
