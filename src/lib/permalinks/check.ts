/**
 * The promise that links never break, checked against the built site: everything in
 * the manifest must still be published, or have an alias saying where it went; and
 * every alias must make sense (it points at something published, and does not hide a
 * page or anchor that still exists). `npm run check:content` runs it on what it knows of
 * document pages without building (check-document-permalinks.ts), so both say the same.
 */
import type { ContentProblem } from '../markdown/content-error';
import { aliasToWrite, type ParsedAlias } from './aliases';
import { formatPlace, hasPlace, type PermalinkMap } from './places';
import { paragraphNumber } from '../markdown/paragraph-id';

export interface CheckInput {
  recorded: PermalinkMap;
  published: PermalinkMap;
  aliases: readonly ParsedAlias[];
  /** Paths for messages, relative to the project root. */
  manifestFile: string;
  aliasesFile: string;
  /**
   * The content file a page is made from (document-pages.ts), when it has one: a problem
   * on the page names the file its author edits.
   */
  sourceOf: (path: string) => string | undefined;
}

export function checkPermalinks({
  recorded,
  published,
  aliases,
  manifestFile,
  aliasesFile,
  sourceOf,
}: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [...checkAliases(aliases, published, aliasesFile)];
  const movedPages = new Set(
    aliases.filter((alias) => alias.from.anchor === undefined).map((alias) => alias.from.path),
  );
  const movedAnchors = new Set(
    aliases
      .filter((alias) => alias.from.anchor !== undefined)
      .map((alias) => formatPlace(alias.from)),
  );

  for (const [path, anchors] of recorded) {
    if (movedPages.has(path)) continue;
    const source = sourceOf(path);
    if (!published.has(path)) {
      problems.push({
        file: manifestFile,
        field: path,
        message: source
          ? `The page ${path} was published, but no content file makes it now: was ${source} renamed or deleted? Restore the file's name, or declare where the page went in ${aliasesFile}:${aliasToWrite(path, '/its/new/address/')}`
          : `The page ${path} was published but is no longer built. Restore it, or declare where it went in ${aliasesFile}:${aliasToWrite(path, '/its/new/address/')}`,
      });
      continue;
    }
    const now = published.get(path)!;
    for (const anchor of anchors) {
      const place = `${path}#${anchor}`;
      if (now.has(anchor) || movedAnchors.has(place)) continue;
      problems.push({
        file: source ?? manifestFile,
        field: place,
        message: lostAnchorMessage(anchor, path, place, newAnchors(now, anchors), aliasesFile),
      });
    }
  }
  return problems;
}

/** The anchors on a page now that were not recorded on it: where a lost one may have gone. */
function newAnchors(now: ReadonlySet<string>, recorded: Iterable<string>): string[] {
  const before = new Set(recorded);
  return [...now].filter((anchor) => !before.has(anchor));
}

/**
 * A paragraph's anchor is lost when paragraphs are put in or taken out above it; any
 * other (a heading's, or a part a page makes from content, such as its status key) when
 * its heading is renamed or what made it is gone, perhaps from another file (a deleted
 * document's assessments). A heading renamed leaves one new anchor, offered as the alias.
 */
function lostAnchorMessage(
  anchor: string,
  path: string,
  place: string,
  added: readonly string[],
  aliasesFile: string,
): string {
  const lost = `The anchor #${anchor} on ${path} was published but is no longer on the page, so links to it land nowhere.`;
  if (paragraphNumber(anchor) !== undefined)
    return `${lost} Restore it (paragraph numbers must not change), or declare which anchor on the same page now holds those words in ${aliasesFile}:${aliasToWrite(place, `${path}#<new-anchor>`)}`;
  const others = added.filter((id) => paragraphNumber(id) === undefined);
  const likely = others.length === 1 ? others[0] : undefined;
  const cause =
    likely === undefined
      ? 'A heading was renamed or removed, or a part of the page is gone because what made it changed, here or in another file (a deleted document takes its assessments with it).'
      : `The page has a new anchor, #${likely}: was its heading renamed?`;
  return `${lost} ${cause} Restore it, or declare where its links should land now in ${aliasesFile}:${aliasToWrite(place, `${path}#${likely ?? '<new-anchor>'}`)}`;
}

function checkAliases(
  aliases: readonly ParsedAlias[],
  published: PermalinkMap,
  file: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (alias: ParsedAlias, message: string) =>
    problems.push({
      file,
      ...(alias.line === undefined ? {} : { line: alias.line }),
      field: formatPlace(alias.from),
      message,
    });
  const seen = new Set<string>();
  for (const alias of aliases) {
    const from = formatPlace(alias.from);
    const to = formatPlace(alias.to);
    if (seen.has(from)) problem(alias, `${from} has two aliases. Keep one.`);
    seen.add(from);
    if (!hasPlace(published, alias.to)) {
      problem(
        alias,
        `The alias points to ${to}, which is not published. Write an address this build publishes.`,
      );
    }
    if (alias.from.anchor === undefined) {
      if (published.has(alias.from.path)) {
        problem(
          alias,
          `${from} is still published, so it cannot also redirect. Delete this alias, or the page.`,
        );
      }
      continue;
    }
    if (alias.to.path !== alias.from.path) {
      problem(
        alias,
        `An anchor can only move within its page (a static page cannot send #${alias.from.anchor} elsewhere). Write to: ${alias.from.path}#<anchor>.`,
      );
    } else if (alias.to.anchor === undefined) {
      problem(alias, `Say which anchor now holds the words: to: ${alias.from.path}#<anchor>.`);
    } else if (published.get(alias.from.path)?.has(alias.from.anchor)) {
      problem(alias, anchorBackOnPage(alias.from.anchor, alias.to.anchor, from));
    }
  }
  return problems;
}

/**
 * An alias whose old anchor is on its page again. Usually a new paragraph has taken the
 * number an old alias moved away: deleting the alias, as the plain message says, would open
 * every link already shared to that number on the new paragraph's words.
 */
function anchorBackOnPage(anchor: string, to: string, from: string): string {
  const number = paragraphNumber(anchor);
  if (number === undefined || to === anchor)
    return `${from} is still on the page, so an alias would give two elements the same id. Delete this alias.`;
  const before = number > 1 ? ` or add its words to the end of paragraph ${number - 1}` : '';
  return `${from} is a paragraph again, but this alias sends links already shared to #${anchor} to #${to}: deleting it would open them on other words. If the alias was published before, keep it, and take the new paragraph ${number} out${before}. If you wrote the alias just now by mistake, delete it.`;
}
