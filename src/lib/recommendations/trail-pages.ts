/**
 * getStaticPaths for the pages made once per tracked item (its page and its briefing):
 * one page per trail, with the trail as its props, less those the render cache can
 * reuse as they are (skip-unchanged.ts).
 */
import { withoutUnchangedPages } from '../render-cache/skip-unchanged';
import { loadSite } from '../site/load-site';
import { trailsOf, type RecommendationTrail } from './trails';

export interface TrailPage {
  params: { id: string };
  props: { trail: RecommendationTrail };
}

/** `pagePath` gives a page's address from the item's id (urls.ts). */
export async function trailPages(pagePath: (id: string) => string): Promise<TrailPage[]> {
  const site = await loadSite();
  return withoutUnchangedPages(
    [...trailsOf(site)].map(([id, trail]) => ({ params: { id }, props: { trail } })),
    ({ params }) => pagePath(params.id),
  );
}
