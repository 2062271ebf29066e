/**
 * /organisations/<id>/feed.xml: documents the organisation issued, published or was reported
 * on in, or that its people wrote or are quoted in (organisationsOf), and those of the
 * organisations it includes (a publisher's outlets).
 */
import { entryById } from '../../../lib/site/entry-by-id';
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentFeedItems } from '../../../lib/feeds/document-items';
import { feedOptions } from '../../../lib/feeds/feed-options';
import { organisationFeedPath } from '../../../lib/feeds/feed-paths';
import { documentsOfOrganisations } from '../../../lib/site/documents';
import { listedForItsPeople } from '../../../lib/site/listed-for-its-people';
import { loadSite } from '../../../lib/site/load-site';
import { groupIds, groupNameInText } from '../../../lib/site/organisation-parts';
import { withoutUnchangedPages } from '../../../lib/render-cache/skip-unchanged';
import { organisationPath } from '../../../lib/site/urls';

export const getStaticPaths = (async () => {
  const content = await loadSite();
  return withoutUnchangedPages(
    content.organisations.map((organisation) => ({ params: { id: organisation.id } })),
    ({ params }) => organisationFeedPath(params.id),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const content = await loadSite();
  const id = params.id ?? '';
  const organisation = entryById(content.organisations, id);
  if (!organisation) return new Response(null, { status: 404 });
  const urls = { site, base: import.meta.env.BASE_URL };
  return rss(
    feedOptions(
      {
        title: organisation.data.name,
        description: `New documents from or about ${groupNameInText(organisation, content.organisations)}.`,
        pagePath: organisationPath(id),
        feedPath: organisationFeedPath(id),
        items: documentFeedItems(
          documentsOfOrganisations(groupIds(id, content.organisations), content),
          content,
          urls,
          // As the page says why it lists a document its people wrote or are quoted in.
          (doc) => listedForItsPeople(id, doc, content),
        ),
      },
      urls,
    ),
  );
};
