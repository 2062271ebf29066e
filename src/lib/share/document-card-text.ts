/**
 * The words on a document's social card: what it is and when, its title, the site's name.
 * A shared link's preview may be all a reader sees of a document, so the top line says
 * what the page says first: when its words are our summary ("Report (our summary)"), not
 * the original's, and when the document was withdrawn.
 */
import { formatPartialDate } from '../dates/format';
import { documentTypeLabel } from '../site/labels';
import { SITE_NAME } from '../site/site-info';
import type { SiteDocument } from '../site/types';
import type { CardText } from './social-card';

export function documentCardText(doc: SiteDocument): CardText {
  const kicker = [documentTypeLabel(doc), formatPartialDate(doc.data.published)];
  if (doc.data.withdrawn) kicker.push('Withdrawn');
  return { kicker: kicker.join(' · '), title: doc.data.title, footer: SITE_NAME };
}
