/**
 * Loads every collection once per build, runs the cross-collection checks, and hands
 * pages one consistent, checked view of the content. A problem stops the build before
 * any page is written.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readCompiledHtml } from '../content/compiled-html-files';
import { checkIntegrity } from '../integrity/check-integrity';
import { unreadContent } from '../content/unread-content';
import { contentRoot } from '../content/content-root';
import { withFieldLines } from '../integrity/field-lines';
import { readSiteAddresses } from '../integrity/site-addresses';
import { ContentError } from '../markdown/content-error';
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

let loading: Promise<LoadedSite> | undefined;

export function loadSite(): Promise<LoadedSite> {
  loading ??= load();
  return loading;
}

async function load(): Promise<LoadedSite> {
  const [reports, statements, responses, organisations, people, recommendations, glossary] =
    await Promise.all([
      getCollection('reports'),
      getCollection('statements'),
      getCollection('responses'),
      getCollection('organisations'),
      getCollection('people'),
      getCollection('recommendations'),
      getCollection('glossary'),
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

  const site: LoadedSite = { documents, organisations, people, recommendations, glossary, entries };
  const problems = [
    ...unreadContent(contentRoot(process.cwd()), process.cwd()),
    ...checkIntegrity(site, await readSiteAddresses(process.cwd())),
  ];
  if (problems.length > 0) throw new ContentError(await withFieldLines(problems, process.cwd()));
  return site;
}
