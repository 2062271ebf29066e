/**
 * A tracked item's description for search engines and link previews, which show it with
 * nothing around it: an official wording is quoted and credited to whoever wrote it ("I
 * will continue to monitor…" is the PCC's), and our summary says it is ours.
 */
import type { Recommendation } from '../../schemas/recommendation';
import { entryById } from '../site/entry-by-id';
import type { SiteContent, SiteDocument } from '../site/types';
import { andList } from '../text/and-list';
import { KIND_LABEL } from './labels';

export function recommendationDescription(
  recommendation: Pick<Recommendation, 'kind' | 'text' | 'wording'>,
  madeIn: SiteDocument | undefined,
  site: Pick<SiteContent, 'organisations' | 'people'>,
): string {
  const label = KIND_LABEL[recommendation.kind];
  if (recommendation.wording === 'summary') return `${label} (our summary): ${recommendation.text}`;
  return `${label}, in the words of ${wordsOf(madeIn, site)}: “${recommendation.text}”`;
}

/** Who wrote the document an official wording comes from: its authors, or its issuer. */
function wordsOf(
  madeIn: SiteDocument | undefined,
  site: Pick<SiteContent, 'organisations' | 'people'>,
): string {
  if (!madeIn) return 'the report';
  const authors = madeIn.data.authors.flatMap((id) => entryById(site.people, id)?.data.name ?? []);
  if (authors.length > 0) return andList(authors);
  return entryById(site.organisations, madeIn.data.issuer)?.data.name ?? `“${madeIn.data.title}”`;
}
