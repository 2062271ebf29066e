/**
 * One social card image per document (`/social/<type>/<slug>.png`) and one for the
 * site (`/social/site.png`), drawn at build time: see src/lib/share/social-card.ts.
 */
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../lib/site/load-site';
import { withoutUnchangedPages } from '../../lib/render-cache/skip-unchanged';
import { buildCacheDir } from '../../lib/site/build-cache';
import { socialCardPng, type CardText } from '../../lib/share/social-card';
import { cardFile, prepareCard } from '../../lib/share/card-thread';
import { renderCacheSettings } from '../../lib/render-cache/build-env';
import { linkWhenReady } from '../../lib/render-cache/link-when-ready';
import { SITE_CARD_PATH, cardPerDocument, socialCardPath } from '../../lib/share/social-card-path';
import { documentCardText } from '../../lib/share/document-card-text';
import { SITE_DESCRIPTION, SITE_NAME } from '../../lib/site/site-info';

/** Kept between builds, in the build's cache folder, so a build with its own cache draws its own cards. */
const CACHE_DIR = join(buildCacheDir(), 'social-cards');

const param = (path: string) => path.replace(/^\/social\//, '').replace(/\.png$/, '');

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const siteCard: CardText = {
    kicker: SITE_NAME,
    title: SITE_DESCRIPTION,
    footer: 'Reports, statements and responses',
  };
  const paths = [
    { params: { card: param(SITE_CARD_PATH) }, props: { card: siteCard } },
    ...(cardPerDocument() ? site.documents : []).map((doc) => ({
      params: { card: param(socialCardPath(doc)) },
      props: {
        card: documentCardText(doc),
      },
    })),
  ];
  // Cards unchanged since the previous `npm run build` are taken from it (render cache).
  const sitePath = (card: string) => `/social/${card}.png`;
  const toDraw = await withoutUnchangedPages(paths, ({ params }) => sitePath(params.card));
  // The others are drawn from now on, beside the other pages' rendering (card-thread.ts).
  // In `npm run build` each is then linked from the card cache (link-when-ready.ts), and
  // Astro never renders one; in any other build Astro renders them with GET below.
  if (renderCacheSettings()) {
    for (const { params, props } of toDraw)
      linkWhenReady(sitePath(params.card), cardFile(props.card, CACHE_DIR));
    return [];
  }
  for (const { props } of toDraw) prepareCard(props.card, CACHE_DIR).catch(() => {});
  return toDraw;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: CardText };
  // A failure on the worker shows here, with the card's own error.
  await prepareCard(card, CACHE_DIR);
  const png = await socialCardPng(card, CACHE_DIR);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
