/**
 * The words on a document's social card: what it is and when, its title, the site's name.
 * A withdrawn document's card says so in its top line, since a shared link's preview may
 * be all a reader sees of it.
 */
import { formatPartialDate } from '../dates/format';
import { TYPE_LABEL } from '../site/labels';
import { SITE_NAME } from '../site/site-info';
import type { SiteDocument } from '../site/types';
import type { CardText } from './social-card';

export function documentCardText(doc: SiteDocument): CardText {
  const kicker = [TYPE_LABEL[doc.type].one, formatPartialDate(doc.data.published)];
  if (doc.data.withdrawn) kicker.push('Withdrawn');
  return { kicker: kicker.join(' · '), title: doc.data.title, footer: SITE_NAME };
}
