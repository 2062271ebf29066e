/**
 * Checks all content the way the build does, without building: every file through the
 * same readers as the content loaders, then the same cross-collection checks as
 * loadSite(), then the build's permalink checks on the documents' pages
 * (check-document-permalinks.ts). Takes a second or two instead of a full build.
 *
 * As the build does, it does not stop at files that fail to read: it checks the links
 * between the rest, so an author sees a field error in one file and a misspelt id in
 * another in the same run. A file that failed still exists to those checks, and nothing
 * that depends on what it says is checked until it reads (unread-entries.ts).
 *
 * What it cannot see is what only a build makes: pages other than documents' (lists,
 * recommendations, organisations, the glossary), the parts of a document's page around its
 * body, and the HTML around the words. A problem there is still the build's to find.
 */
import type { z } from 'astro/zod';
import { join, relative } from 'node:path';
import { withFieldLines } from '../integrity/field-lines';
import { checkIntegrity } from '../integrity/check-integrity';
import { linkTargets } from '../integrity/link-targets';
import type { UnreadEntries } from '../integrity/unread-entries';
import { readAliases } from '../permalinks/aliases';
import { checkDocumentPermalinks } from '../permalinks/check-document-permalinks';
import { documentSourceFile } from '../permalinks/document-pages';
import {
  collectDocumentPermalinks,
  type DocumentPermalinks,
} from '../permalinks/document-permalinks';
import { emptyManifest, MANIFEST_FILE, readManifest, type Manifest } from '../permalinks/manifest';
import { readSiteAddresses, type SiteAddresses } from '../integrity/site-addresses';
import { ContentError, type ContentProblem } from '../markdown/content-error';
import type { Entry, SiteContent, SiteDocument } from '../site/types';
import { documentPath } from '../site/urls';
import { DOCUMENT_COLLECTIONS, THEMES, YAML_FOLDER_COLLECTIONS } from './collection-layout';
import { checkGlossary } from './check-glossary';
import { contentRoot } from './content-root';
import { contentFolderSources } from './content-folder-sources';
import type { ContentFile } from './content-files';
import { readDocument } from './read-document';
import { unreadContent } from './unread-content';
import { readYamlEntry } from './read-yaml';
import { readYamlListFile } from './read-yaml-list-file';

export interface ContentCheck {
  problems: ContentProblem[];
  /** How many files were read, to show the author the check ran over their content. */
  files: number;
}

export async function checkContent(projectRoot: string): Promise<ContentCheck> {
  const root = contentRoot(projectRoot);
  const problems: ContentProblem[] = [];
  let files = 0;

  // Read whole, once: the recorded pages for the link checks, and the paragraphs' words to
  // tell which documents' paragraphs moved.
  // A broken manifest (a merge conflict) is one more problem to list, not the end of the check.
  let manifestRead = true;
  const manifest = await readManifest(join(root, MANIFEST_FILE)).catch((error: unknown) => {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
    manifestRead = false;
    return emptyManifest();
  });
  // The glossary marks terms in the compiled HTML, and so in the words the build records:
  // it is read before the documents, and its problems are listed after the other data
  // files' (below).
  const glossaryCheck = await checkGlossary(root, projectRoot);
  const permalinks = collectDocumentPermalinks(manifest.paragraphs);
  /**
   * Each file of a folder with what `read` makes of it, when it reads; the problems of
   * one that does not are listed, and `unread` is told its id.
   */
  async function* readFolder<Read extends object>(
    directory: string,
    extension: string,
    read: (file: ContentFile & { source: string }) => Read | { problems: ContentProblem[] },
    unread: (id: string) => void,
  ): AsyncGenerator<{ file: ContentFile; read: Read }> {
    for await (const file of contentFolderSources(
      join(root, directory),
      extension,
      projectRoot,
      problems,
    )) {
      files += 1;
      const result = 'problems' in file ? file : read(file);
      if ('problems' in result) {
        problems.push(...result.problems);
        unread(file.id);
      } else yield { file, read: result };
    }
  }

  const documents: SiteDocument[] = [];
  const unreadDocuments: UnreadEntries['documents'][number][] = [];
  for (const { type, directory, schema } of Object.values(DOCUMENT_COLLECTIONS)) {
    for await (const { file, read } of readFolder(
      directory,
      '.mdx',
      ({ source, filePath }) => readDocument(source, filePath, schema, glossaryCheck.terms),
      (id) => unreadDocuments.push({ type, id }),
    )) {
      const { paragraphs, crossLinks, headings, links } = read.document.compiled;
      documents.push({
        type,
        id: file.id,
        filePath: file.filePath,
        data: read.document.data,
        paragraphs,
        crossLinks,
        headings,
        links,
      } as SiteDocument);
      permalinks.add(
        documentPath({ type, id: file.id }),
        read.document.compiled,
        read.document.data.changes.length,
      );
    }
  }

  const yamlFolder = async <Schema extends z.ZodType>({
    directory,
    schema,
  }: {
    directory: string;
    schema: Schema;
  }) => {
    const entries: Entry<z.output<Schema>>[] = [];
    const unread = new Set<string>();
    for await (const { file, read } of readFolder(
      directory,
      '.yaml',
      ({ id, source, filePath }) => readYamlEntry(id, source, filePath, schema),
      (id) => unread.add(id),
    ))
      entries.push({ id: file.id, filePath: file.filePath, data: read.entry.data });
    return { entries, unread };
  };
  const organisations = await yamlFolder(YAML_FOLDER_COLLECTIONS.organisations);
  const people = await yamlFolder(YAML_FOLDER_COLLECTIONS.people);
  const recommendations = await yamlFolder(YAML_FOLDER_COLLECTIONS.recommendations);

  if (glossaryCheck.found) files += 1;
  problems.push(...glossaryCheck.problems);
  const glossary = glossaryCheck.entries;
  const themes = await readYamlListFile(root, projectRoot, THEMES);
  if (themes.found) files += 1;
  problems.push(...themes.problems);

  const site: SiteContent = {
    documents,
    organisations: organisations.entries,
    people: people.entries,
    recommendations: recommendations.entries,
    glossary,
    themes: themes.entries,
  };
  const unread: UnreadEntries = {
    documents: unreadDocuments,
    organisations: organisations.unread,
    people: people.unread,
    recommendations: recommendations.unread,
    themes: themes.problems.length > 0,
  };
  // Links between files are checked over the files that read, in this same run, as the
  // build does (load-site.ts). A file that failed is passed to the checks as there but unread,
  // so it does not show up again as a dangling reference. Not without the manifest: the
  // pages and anchors it recorded are places a link may lead to.
  if (manifestRead) {
    // Without the glossary's terms the documents' words are not the ones the build
    // records, so which paragraphs moved is left until the glossary reads.
    const recorded =
      glossaryCheck.problems.length === 0 ? manifest : { ...manifest, paragraphs: new Map() };
    problems.push(
      ...(await checkAcrossFiles(
        site,
        unread,
        permalinks.collected(),
        recorded,
        root,
        projectRoot,
      )),
    );
  }
  problems.push(...unreadContent(root, projectRoot));
  return { problems, files };
}

/** The checks loadSite() makes across collections, then the permalink checks. */
async function checkAcrossFiles(
  site: SiteContent,
  unread: UnreadEntries,
  published: DocumentPermalinks,
  recorded: Manifest,
  root: string,
  projectRoot: string,
): Promise<ContentProblem[]> {
  const recordedPages = new Map([...recorded.pages].map(([path, anchors]) => [path, [...anchors]]));
  const addresses = await readSiteAddresses(projectRoot, recordedPages);
  return [
    ...(await withFieldLines(checkIntegrity(site, addresses, unread), projectRoot)),
    ...(await checkPermalinkPromise(
      site,
      unread,
      addresses,
      published,
      recorded,
      root,
      projectRoot,
    )),
  ];
}

/**
 * The build's permalink checks on what the content says each document's page will publish
 * (see check-document-permalinks.ts for what is left to the build). Other pages are judged
 * as the link check judges them: a page the site makes, or may make, may be led to.
 */
async function checkPermalinkPromise(
  site: SiteContent,
  unread: UnreadEntries,
  addresses: SiteAddresses,
  published: DocumentPermalinks,
  recorded: Manifest,
  root: string,
  projectRoot: string,
): Promise<ContentProblem[]> {
  const read = await readAliases(root, projectRoot);
  if ('problems' in read) return read.problems;
  const targets = linkTargets(site, addresses, unread);
  const contentFolder = relative(projectRoot, root);
  return checkDocumentPermalinks({
    published,
    recorded,
    aliases: read.aliases,
    mayBePage: (path) => targets.isPage(path) || targets.isCountedPage(path),
    manifestFile: relative(projectRoot, join(root, MANIFEST_FILE)),
    aliasesFile: read.file,
    sourceOf: (path) => documentSourceFile(path, contentFolder),
    unread: new Set(unread.documents.map((doc) => documentPath(doc))),
  });
}
