/**
 * The part of the permalink promise (check.ts) that `npm run check:content` can keep
 * without building: a document page recorded in the manifest that no file makes any
 * more (a file renamed or deleted), and a recorded paragraph its document no longer has.
 * The build still checks every page and anchor; this catches the usual slip in seconds,
 * before a build, with the same advice.
 */
import { DOCUMENT_COLLECTIONS } from '../content/collection-layout';
import type { ContentProblem } from '../markdown/content-error';
import { paragraphNumber } from '../markdown/paragraph-id';
import type { SiteDocument } from '../site/types';
import { documentPath } from '../site/urls';
import { aliasToWrite, type ParsedAlias } from './aliases';
import { formatPlace } from './places';

export interface RecordedDocumentsInput {
  documents: readonly SiteDocument[];
  /** The manifest's pages: path to the anchors recorded on it. */
  recorded: ReadonlyMap<string, readonly string[]>;
  aliases: readonly ParsedAlias[];
  /** Paths for messages, relative to the project root. */
  manifestFile: string;
  aliasesFile: string;
}

const folders = Object.values(DOCUMENT_COLLECTIONS).map(({ directory }) => directory);
/** A document's own page, `/reports/<slug>/`; not a list page such as `/reports/page/2/`. */
const DOCUMENT_PAGE = new RegExp(`^/(?:${folders.join('|')})/[^/]+/$`);

export function checkRecordedDocuments({
  documents,
  recorded,
  aliases,
  manifestFile,
  aliasesFile,
}: RecordedDocumentsInput): ContentProblem[] {
  const byPath = new Map(documents.map((doc) => [documentPath(doc), doc]));
  const moved = new Set(aliases.map((alias) => formatPlace(alias.from)));
  const problems: ContentProblem[] = [];
  for (const [path, anchors] of recorded) {
    if (!DOCUMENT_PAGE.test(path) || moved.has(path)) continue;
    const doc = byPath.get(path);
    if (!doc) {
      problems.push({
        file: manifestFile,
        field: path,
        message: `The page ${path} was published, but no content file makes it now: was its file renamed or deleted? Restore the file's name, or declare where the page went in ${aliasesFile}:${aliasToWrite(path, '/its/new/address/')}`,
      });
      continue;
    }
    for (const anchor of anchors) {
      const number = paragraphNumber(anchor);
      const place = `${path}#${anchor}`;
      if (number === undefined || number <= doc.paragraphs.length || moved.has(place)) continue;
      problems.push({
        file: doc.filePath ?? manifestFile,
        field: place,
        message: `Paragraph ${anchor} was published, but this document now has ${doc.paragraphs.length} paragraphs, so links to ${place} land nowhere. Put back the paragraph that was taken out (paragraph numbers must not change), or declare which paragraph now holds those words in ${aliasesFile}:${aliasToWrite(place, `${path}#<new-anchor>`)}`,
      });
    }
  }
  return problems;
}
