import { documentPath } from '../site/urls';
import type { SiteDocument } from '../site/types';

/** The site's own card, for pages that are not documents. */
export const SITE_CARD_PATH = '/social/site.png';

/**
 * Whether each document gets its own card. Drawing one takes about 20 ms the first time
 * (cached after that), so a build of 10,000 documents from a cold cache spends minutes on
 * them; SOCIAL_CARDS=site gives every page the site's card instead (for benchmarks and
 * quick previews).
 */
export function cardPerDocument(): boolean {
  return process.env.SOCIAL_CARDS !== 'site';
}

/** Where a document's social card image is published: `/social/reports/<slug>.png`. */
export function socialCardPath(doc: Pick<SiteDocument, 'type' | 'id'>): string {
  return cardPerDocument() ? `/social${documentPath(doc).slice(0, -1)}.png` : SITE_CARD_PATH;
}
