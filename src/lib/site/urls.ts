/**
 * Public URLs: the routes here are a promise to everyone who shares a link (see the
 * README's URL contract). Every internal link goes through these functions so the site
 * also works under a sub-path (Astro's `base`).
 */
import type { DocumentType, SiteDocument } from './types.ts';

/**
 * The folder of each document type's addresses: `/reports/<slug>/`, and `/reports/` for the
 * list. The one table of them; not the content folders (src/lib/content/collection-layout.ts),
 * which may be reorganised without moving a public address.
 */
export const TYPE_FOLDER: Readonly<Record<DocumentType, string>> = {
  report: 'reports',
  statement: 'statements',
  response: 'responses',
};

/**
 * A document type by the folder of its addresses (`reports` → `report`), or undefined. A
 * function, not a Map made on loading: the browser's scripts import this module (withBase),
 * and code run on loading would be bundled into them.
 */
export function typeOfFolder(folder: string): DocumentType | undefined {
  return (Object.keys(TYPE_FOLDER) as DocumentType[]).find((type) => TYPE_FOLDER[type] === folder);
}

/** Prefixes a root-relative path with the configured base path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path}`;
}

export function typeListPath(type: DocumentType): string {
  return `/${TYPE_FOLDER[type]}/`;
}

export function documentPath(doc: Pick<SiteDocument, 'type' | 'id'>): string {
  return `/${TYPE_FOLDER[doc.type]}/${doc.id}/`;
}

/**
 * The document a path is the page of (`/reports/x/` → report x), the other way from
 * documentPath; undefined for any other page, such as a list's `/reports/page/2/`.
 */
export function documentAtPath(path: string): Pick<SiteDocument, 'type' | 'id'> | undefined {
  const [, folder, id, ...rest] = path.split('/');
  const type = folder === undefined ? undefined : typeOfFolder(folder);
  return type && id && rest.length === 1 && rest[0] === '' ? { type, id } : undefined;
}

/** A document's address at one of its paragraphs (`/statements/x/#p4`), or the page's. */
export function paragraphPath(
  doc: Pick<SiteDocument, 'type' | 'id'>,
  paragraph: string | undefined,
): string {
  return paragraph ? `${documentPath(doc)}#${paragraph}` : documentPath(doc);
}

export function organisationPath(id: string): string {
  return `/organisations/${id}/`;
}

export function personPath(id: string): string {
  return `/people/${id}/`;
}

export function recommendationPath(id: string): string {
  return `/recommendations/${id}/`;
}

/** A recommendation's one-page briefing, to print or take to a meeting. */
export function briefingPath(id: string): string {
  return `${recommendationPath(id)}briefing/`;
}

/** A year of the timeline, when it has pages of its own (src/lib/timeline/timeline.ts). */
export function timelineYearPath(year: number): string {
  return `/timeline/${year}/`;
}

/**
 * Compiled document HTML holds root-relative links (the compiler does not know the
 * base path); this rewrites them for a site served under a sub-path.
 */
export function rebaseHtml(html: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  if (base === '/' || base === '') return html;
  // Links (href) and images (src, as the compiler writes them for ![…](/images/…)), in
  // tags only: a document's own words may say src="/login", and are published as written.
  return html.replace(START_TAG, (tag) =>
    tag.replace(/\s(href|src)="\/(?!\/)/g, (_, name: string) => ` ${name}="${withBase('/', base)}`),
  );
}

/**
 * A start tag of the compiled HTML, whose serialiser writes `<` in text as `&lt;` and
 * quotes every attribute with `"`, writing one inside a value as `&#x22;`: a `>` can
 * only be inside a value's quotes, and no value can hold ` href="`.
 */
const START_TAG = /<[a-zA-Z](?:[^>"]|"[^"]*")*>/g;
