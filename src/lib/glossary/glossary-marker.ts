/**
 * What a page needs to mark glossary acronyms in words it quotes (GlossaryText.astro): the
 * site's acronyms, and which have been linked already, so each is linked once per page,
 * at its first use, as in a document's body.
 */
import type { Entry } from '../site/types';
import type { GlossaryTerm } from '../../schemas/glossary';
import { termMatcher, type TermMatch } from './find-terms';

export interface GlossaryMarker {
  match: ((text: string) => TermMatch[]) | undefined;
  linked: Set<string>;
  /** False on a page whose links are printed in full (a briefing): its acronyms are only marked. */
  links: boolean;
}

/** A marker for one page: make one per page render, never share one between pages. */
export function glossaryMarker(
  glossary: readonly Entry<GlossaryTerm>[],
  { links = true }: { links?: boolean } = {},
): GlossaryMarker {
  const entries = glossary.map(({ id, data }) => ({
    id,
    term: data.term,
    expansion: data.expansion,
  }));
  return { match: termMatcher(entries), linked: new Set(), links };
}
