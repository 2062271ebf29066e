/**
 * On paper, a link's address is printed after it (site.css, `@media print`). The site's own
 * links are paths (`/statements/x/#p4`), which a reader holding the printed page cannot
 * follow without the site's address; CSS cannot read the page's address, and the Content
 * Security Policy allows no inline style to carry it. So the stylesheet prints those paths
 * after `var(--site-origin)`, and this PostCSS plugin (Vite runs PostCSS on every stylesheet,
 * in builds and under `npm run dev`) gives that property the configured site's origin.
 */

/** The custom property site.css declares (empty) and prints before each of the site's paths. */
export const SITE_ORIGIN_PROPERTY = '--site-origin';

/** The part of a PostCSS declaration the plugin reads and writes. */
interface Declaration {
  prop: string;
  value: string;
}

/** `site` as in astro.config.mjs (`https://example.org/sub/`): links already carry the base path. */
export function siteOriginInCss(site: string) {
  // An origin is ASCII letters, digits and `:/.-[]`: nothing a CSS string needs escaped.
  const origin = `"${new URL(site).origin}"`;
  return {
    postcssPlugin: 'site-origin',
    Declaration(declaration: Declaration) {
      if (declaration.prop === SITE_ORIGIN_PROPERTY) declaration.value = origin;
    },
  };
}
