/**
 * Every link and image a document's body points inside the site leads somewhere: the
 * page exists (or will, made by this content: a new document may link to another new
 * one), the file is in public/, and a `#p12` or `#findings` on a document's page is an id
 * that page has. Without this a broken link was only found by testing the built site;
 * here it stops `npm run check:content` and the build, with the file, the line and what
 * to write instead.
 *
 * Links are root-relative without the base path, as authors write them; the base path
 * is added when the page renders (rebaseHtml in src/lib/site/urls.ts).
 */
import type { ContentProblem } from '../markdown/content-error';
import type { InternalLink } from '../markdown/remark-internal-links';
import { paragraphNumber } from '../markdown/paragraph-id';
import { urlInMessage } from '../markdown/safe-url';
import type { SiteContent, SiteDocument } from '../site/types';
import { documentPath } from '../site/urls';
import { linkTargets, type LinkTargets } from './link-targets';
import { closestSpelling } from '../text/closest-spelling';
import { CONTENT_ONLY, type SiteAddresses } from './site-addresses';
import { nothingUnread, type UnreadEntries } from './unread-entries';

/** The last part of a path names a file when it has an extension: `/images/map.png`. */
const FILE_NAME = /\/[^/]*\.[a-z0-9]+$/i;

/**
 * @param unread Entries whose files failed to read (unread-entries.ts): their pages
 *   exist, but a #pN or #heading on a document's page is not known until it reads.
 */
export function checkBodyLinks(
  site: SiteContent,
  addresses: SiteAddresses = CONTENT_ONLY,
  unread: UnreadEntries = nothingUnread(),
): ContentProblem[] {
  const targets = linkTargets(site, addresses, unread);
  const problems: ContentProblem[] = [];
  for (const doc of site.documents) {
    for (const link of doc.links) {
      const message = whatIsWrong(link, doc, targets);
      if (message === undefined) continue;
      problems.push({
        file: doc.filePath ?? doc.id,
        line: link.line,
        column: link.column,
        message: `The ${link.kind} ${urlInMessage(link.url)} ${message}`,
      });
    }
  }
  return problems;
}

/** What is wrong with a link, as the rest of a sentence; undefined when nothing is. */
function whatIsWrong(
  link: InternalLink,
  from: SiteDocument,
  targets: LinkTargets,
): string | undefined {
  const { path, anchor } = partsOf(link.url);
  // `#p3` alone is this document's own page.
  const page = path === '' ? documentPath(from) : path;
  // Copied from a file listing, or from a host that shows it: the page's file, not its address.
  const folder = page.replace(/index\.html$/, '');
  if (folder !== page && targets.isPage(folder)) {
    return `names the page's file: write ${withAnchor(folder, anchor)} (every page's address ends with /, without index.html).`;
  }
  if (FILE_NAME.test(page)) return fileProblem(page, targets);
  if (!page.endsWith('/') && targets.isPage(`${page}/`)) {
    return `leaves out the closing slash: write ${withAnchor(`${page}/`, anchor)} (every page's address ends with /).`;
  }
  if (!targets.isPage(page)) {
    return targets.isCountedPage(page) ? undefined : pageProblem(page, anchor, targets);
  }
  if (anchor === undefined) return undefined;
  if (anchor === '') {
    return `points nowhere after its #: write the id of a part of the page (such as #p1), or leave the # out.`;
  }
  const target = targets.documentAt(page);
  // Only a document's ids are known before its page is built; other pages, and a document
  // that failed to read, are not guessed.
  if (!target) return undefined;
  return anchorProblem(
    target,
    anchor,
    page === documentPath(from) ? 'this document' : page,
    targets,
  );
}

function pageProblem(page: string, anchor: string | undefined, targets: LinkTargets): string {
  const [, folder, slug, ...rest] = page.split('/');
  const sameSlug = slug && rest.join('') === '' ? targets.documentWithId(slug) : undefined;
  if (sameSlug && folder) {
    return `leads to no page: "${slug}" is a ${sameSlug.type}, at ${documentPath(sameSlug)}. Write ${withAnchor(documentPath(sameSlug), anchor)}.`;
  }
  const nearby = targets.nearby(page, 'pages');
  const instead =
    nearby.length > 0
      ? ` The nearest addresses it has: ${nearby.join(', ')}.`
      : ' Copy the address from the page on the site, leaving out the domain.';
  return `leads to no page: this site has no ${page}, and none of its content makes one. Write the address of a page it has.${instead}`;
}

function fileProblem(path: string, targets: LinkTargets): string | undefined {
  if (targets.isFile(path) || targets.isBuiltFile(path)) return undefined;
  const nearby = targets.nearby(path, 'files');
  const instead = nearby.length > 0 ? `, or write one that is there: ${nearby.join(', ')}` : '';
  return `is not on the site: there is no file public${path}. Put the file at public${path}${instead}.`;
}

function anchorProblem(
  target: SiteDocument,
  anchor: string,
  name: string,
  targets: LinkTargets,
): string | undefined {
  const number = paragraphNumber(anchor);
  // Paragraphs are numbered p1, p2, … in order, so p12 exists when there are 12 or more.
  if (number !== undefined && number <= target.paragraphs.length) return undefined;
  if (number === undefined && targets.hasNamedAnchor(target, anchor)) return undefined;
  const paragraphs = paragraphRange(target);
  const shown = name === 'this document' ? name : `"${name}"`;
  if (number !== undefined) {
    const range = paragraphs ? `has paragraphs ${paragraphs}` : 'has no numbered paragraphs';
    return `leads to no paragraph: ${shown} ${range}; there is no ${anchor}. Write the number of the paragraph you mean, as its ¶ link shows it.`;
  }
  const headings = target.headings.map((heading) => heading.slug);
  const closest = closestSpelling(anchor, headings);
  const choices = [
    closest ? `#${closest}` : undefined,
    !closest && headings.length > 0 ? `a heading's id (${headingList(headings)})` : undefined,
    paragraphs ? `a paragraph, ${paragraphs}` : undefined,
  ].filter(Boolean);
  const instead = choices.length > 0 ? ` Write ${choices.join(', or ')}.` : '';
  return `leads to no part of the page: ${shown} has no heading or paragraph with the id "${anchor}".${instead}`;
}

/** `p1–p42`, or undefined for a document without numbered paragraphs. */
function paragraphRange(doc: SiteDocument): string | undefined {
  const last = doc.paragraphs.at(-1);
  if (last === undefined) return undefined;
  return last === 'p1' ? 'p1' : `p1–${last}`;
}

function headingList(ids: readonly string[]): string {
  const SHOWN = 8;
  const list = ids
    .slice(0, SHOWN)
    .map((id) => `#${id}`)
    .join(', ');
  return ids.length > SHOWN ? `${list} and ${ids.length - SHOWN} more` : list;
}

/** `/reports/x/?a=1#p3` → `/reports/x/` and `p3`, as a browser reads them (%20 is a space). */
function partsOf(url: string): { path: string; anchor: string | undefined } {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const query = beforeHash.indexOf('?');
  return {
    path: decoded(query === -1 ? beforeHash : beforeHash.slice(0, query)),
    anchor: hash === -1 ? undefined : decoded(url.slice(hash + 1)),
  };
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function withAnchor(path: string, anchor: string | undefined): string {
  return anchor ? `${path}#${anchor}` : path;
}
