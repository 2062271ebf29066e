/**
 * Loads every collection once per build, runs the cross-collection checks, and hands
 * pages one consistent, checked view of the content. A problem stops the build before
 * any page is written, and is shown by any page `npm run dev` serves until it is fixed.
 *
 * The problems the loaders found in files' own fields and text are listed here too, with
 * those between files, found over the files that did read: one list, so an author fixes
 * everything in one pass (load-problems.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readCompiledHtml } from '../content/compiled-html-files';
import { checkIntegrity } from '../integrity/check-integrity';
import { unreadContent } from '../content/unread-content';
import { contentRoot } from '../content/content-root';
import { withFieldLines } from '../integrity/field-lines';
import { readSiteAddresses } from '../integrity/site-addresses';
import { ContentError, type ContentProblem } from '../markdown/content-error';
import { loaderProblems } from './loader-problems';
import { SERVED_BY_DEV_SERVER } from './dev-server';
import type { CompiledBody } from '../markdown/compile-mdx';
import type { SiteContent, SiteDocument } from './types';

type DocumentEntry = CollectionEntry<'reports' | 'statements' | 'responses'>;

/**
 * The entry with `rendered.html` read from its compiled HTML file when first asked for,
 * so pages use it as usual while the content store stays small (compiled-html-files.ts).
 */
function withCompiledHtml(entry: DocumentEntry, htmlFile: string | undefined): DocumentEntry {
  if (!htmlFile || !entry.rendered) return entry;
  const { metadata } = entry.rendered;
  let html: string | undefined;
  return {
    ...entry,
    rendered: {
      ...(metadata ? { metadata } : {}),
      get html() {
        html ??= readCompiledHtml(htmlFile);
        return html;
      },
    },
  };
}

export interface LoadedSite extends SiteContent {
  /** The Astro entry behind each document, for render(). Keyed by slug. */
  entries: Map<string, DocumentEntry>;
}

export interface CheckedSite {
  /** The content that read; complete only when there are no problems. */
  site: LoadedSite;
  problems: ContentProblem[];
}

let loading: Promise<CheckedSite> | undefined;

/** The content and its problems, loaded and checked once (once per save under `npm run dev`). */
export function loadCheckedSite(): Promise<CheckedSite> {
  loading ??= load();
  return loading;
}

/**
 * The content, for pages. Under `npm run dev` a problem does not stop the pages being
 * routed: Astro asks each dynamic page for its paths before any middleware runs, and an
 * error there would show as Astro's bare error page; the middleware shows the problems
 * instead of every page (content-problems-page.ts).
 */
export async function loadSite(): Promise<LoadedSite> {
  const { site, problems } = await loadCheckedSite();
  if (problems.length > 0 && !SERVED_BY_DEV_SERVER) throw new ContentError(problems);
  return site;
}

async function load(): Promise<CheckedSite> {
  const [
    reports,
    statements,
    responses,
    organisations,
    people,
    recommendations,
    glossary,
    themes,
    loadProblems,
  ] = await Promise.all([
    getCollection('reports'),
    getCollection('statements'),
    getCollection('responses'),
    getCollection('organisations'),
    getCollection('people'),
    getCollection('recommendations'),
    getCollection('glossary'),
    getCollection('themes'),
    getCollection('loadProblems'),
  ]);
  const entries = new Map<string, DocumentEntry>();
  const documents: SiteDocument[] = [];
  const add = (type: SiteDocument['type'], list: DocumentEntry[]) => {
    for (const entry of list) {
      const index = entry.rendered?.metadata as
        (Partial<CompiledBody> & { htmlFile?: string }) | undefined;
      entries.set(entry.id, withCompiledHtml(entry, index?.htmlFile));
      documents.push({
        type,
        id: entry.id,
        filePath: entry.filePath,
        data: entry.data,
        paragraphs: index?.paragraphs ?? [],
        crossLinks: index?.crossLinks ?? [],
        headings: index?.headings ?? [],
        links: index?.links ?? [],
      } as SiteDocument);
    }
  };
  add('report', reports);
  add('statement', statements);
  add('response', responses);

  const site: LoadedSite = {
    documents,
    organisations,
    people,
    recommendations,
    glossary,
    themes,
    entries,
  };
  const fromLoaders = loaderProblems(loadProblems);
  const acrossFiles = [
    ...unreadContent(contentRoot(process.cwd()), process.cwd()),
    ...checkIntegrity(site, await readSiteAddresses(process.cwd()), fromLoaders.unread),
  ];
  const problems = [
    ...fromLoaders.problems,
    ...(acrossFiles.length > 0 ? await withFieldLines(acrossFiles, process.cwd()) : []),
  ];
  return { site, problems };
}
