/**
 * Whether pages are being served by `npm run dev` (`astro dev`) rather than written by a
 * build: set by src/integrations/dev-server-flag.ts from Astro's command.
 */
export const SERVED_BY_DEV_SERVER: boolean = import.meta.env.SERVED_BY_DEV_SERVER === true;
