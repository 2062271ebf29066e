/**
 * /deadlines.ics: the reports' deadlines (set by law or by the inspectorate), past and
 * coming, for a calendar app.
 */
import type { APIRoute } from 'astro';
import { icsCalendar } from '../lib/calendar/ics-calendar';
import { deadlineEvents } from '../lib/calendar/statutory-deadlines';
import { loadSite } from '../lib/site/load-site';
import { contentLastChanged } from '../lib/site/documents';
import { SITE_NAME } from '../lib/site/site-info';

export const GET: APIRoute = async ({ site }) => {
  const content = await loadSite();
  const events = deadlineEvents(content, { site, base: import.meta.env.BASE_URL });
  return new Response(
    icsCalendar(events, {
      name: `Deadlines – ${SITE_NAME}`,
      productId: `-//${SITE_NAME}//Deadlines//EN`,
      stamp: contentLastChanged(content.documents),
    }),
    { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
  );
};
