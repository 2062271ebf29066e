/**
 * Which URLs content may link to or show. An allow-list of schemes, not a deny-list of
 * dangerous ones: browsers accept `java\tscript:`, `JAVASCRIPT:` and entity-encoded forms,
 * and new dangerous schemes appear, so anything not known to be a plain link is refused.
 */

/** Schemes a reader can safely follow from a document. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The URL as a browser reads it: leading control characters and spaces stripped, and
 * every tab and newline dropped (WHATWG URL parsing), so `java\tscript:` is `javascript:`.
 */
function asBrowserReads(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers ignore here
  return url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
}

/** The scheme a browser would see, lower-cased, or undefined for a relative URL. */
export function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(asBrowserReads(url))?.[1]?.toLowerCase();
}

/** A link target is safe when it is relative (a page or #paragraph on this site) or uses a plain scheme. */
export function isSafeLink(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || LINK_SCHEMES.has(scheme);
}

/**
 * An image is shown to every reader without a click, so it must come from this site:
 * an image from another site would be a third-party request (a tracker, in effect).
 */
export function isLocalImage(url: string): boolean {
  // `//host/x.png`, and `\\host` or `/\host` (browsers read \ as /), name another site.
  return schemeOf(url) === undefined && !/^[\\/]{2}/.test(asBrowserReads(url));
}

/** The URL as it appears in a message: quoted, control characters visible, not too long. */
export function urlInMessage(url: string): string {
  const shown = url.length > 60 ? `${url.slice(0, 60)}…` : url;
  return JSON.stringify(shown);
}
