/**
 * The permalink promise as `npm run check:content` keeps it, before any build: the build's
 * own checks (check.ts, renumbering.ts, rewording.ts), with the same messages, run on what the content
 * says each document's page will publish (document-permalinks.ts). So a recorded document
 * page whose file was renamed or deleted, a paragraph taken out, put in, moved or reworded
 * without a dated update, a heading renamed, and an alias that is wrong are found in
 * seconds, in the file to edit.
 *
 * Left to the build, which knows what it made: pages other than documents' (lists,
 * recommendations, organisations, the glossary) and the anchors of a document page's own
 * parts around its body (page-part-ids.ts). An alias leading to one of those is taken to
 * lead somewhere real if the site makes, or may make, that page; an alias leading away
 * from one is not questioned.
 */
import type { ContentProblem } from '../markdown/content-error';
import { isPagePartId } from '../markdown/page-part-ids';
import type { ParsedAlias } from './aliases';
import { checkPermalinks } from './check';
import type { DocumentPermalinks } from './document-permalinks';
import type { Manifest } from './manifest';
import { formatPlace, type PermalinkMap, type Place } from './places';
import { findRenumbering } from './renumbering';
import { findRewording } from './rewording';
import { documentAtPath } from '../site/urls';

export interface DocumentPermalinksInput {
  /** What the documents' pages will publish. */
  published: DocumentPermalinks;
  recorded: Manifest;
  aliases: readonly ParsedAlias[];
  /** Whether the site makes, or may make, a page that is not a document's (`/glossary/`). */
  mayBePage: (path: string) => boolean;
  /** Paths for messages, relative to the project root. */
  manifestFile: string;
  aliasesFile: string;
  /** The content file a page is made from, when it has one (document-pages.ts). */
  sourceOf: (path: string) => string | undefined;
  /**
   * Document pages whose files are there but failed to read: what they will publish is
   * not known, so nothing recorded on them is called missing, and an alias to one of
   * their places is not questioned. The file's own problem is the one to fix first.
   */
  unread?: ReadonlySet<string>;
}

export function checkDocumentPermalinks({
  published,
  recorded,
  aliases,
  mayBePage,
  manifestFile,
  aliasesFile,
  sourceOf,
  unread = new Set(),
}: DocumentPermalinksInput): ContentProblem[] {
  // A renumbering first: it is the cause of the anchors it leaves with nothing at them
  // (a paragraph taken out leaves the last number unused), which are listed after it.
  return [
    // Pages the content does not make are not in `published`, and so are passed by.
    ...findRenumbering({
      recorded: recorded.paragraphs,
      published: published.paragraphs,
      wordsAt: published.wordsAt,
      sourceOf,
      manifestFile,
    }),
    ...checkPermalinks({
      recorded: recordedBodyAnchors(recorded.pages, unread),
      published: withUndecidedTargets(published.pages, aliases, mayBePage, unread),
      aliases,
      manifestFile,
      aliasesFile,
      sourceOf,
    }),
    ...findRewording({ recorded, published, wordsAt: published.wordsAt, sourceOf, manifestFile }),
  ];
}

/** The recorded document pages that read, with the anchors their bodies made. */
function recordedBodyAnchors(pages: PermalinkMap, unread: ReadonlySet<string>): PermalinkMap {
  const documents: PermalinkMap = new Map();
  for (const [path, anchors] of pages) {
    if (!documentAtPath(path) || unread.has(path)) continue;
    documents.set(path, new Set([...anchors].filter((anchor) => !isPagePartId(anchor))));
  }
  return documents;
}

/**
 * The documents' pages, and every place an alias leads to that the content cannot rule
 * out: a page part's anchor on a document's page, any place on a document's page whose
 * file failed to read, or a page that is not a document's but the site makes or may make.
 * Not a place another alias leads away from: one of the two aliases is then wrong
 * whatever the page holds (only the build can tell which), and this check names the first.
 */
function withUndecidedTargets(
  documents: PermalinkMap,
  aliases: readonly ParsedAlias[],
  mayBePage: (path: string) => boolean,
  unread: ReadonlySet<string>,
): PermalinkMap {
  const undecided = (place: Place) =>
    documentAtPath(place.path)
      ? unread.has(place.path) ||
        (documents.has(place.path) && place.anchor !== undefined && isPagePartId(place.anchor))
      : mayBePage(place.path);
  const published: PermalinkMap = new Map(
    [...documents].map(([path, anchors]) => [path, new Set(anchors)]),
  );
  const movedAway = new Set(aliases.map((alias) => formatPlace(alias.from)));
  for (const { to } of aliases) {
    if (movedAway.has(formatPlace(to)) || !undecided(to)) continue;
    const anchors = published.get(to.path) ?? new Set<string>();
    if (to.anchor !== undefined) anchors.add(to.anchor);
    published.set(to.path, anchors);
  }
  return published;
}
