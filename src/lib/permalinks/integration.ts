/**
 * The permalink guard, as an Astro integration. When every page is written it reads the
 * built pages, and:
 * 1. fails the build, naming each one, if a page or anchor recorded in the manifest is
 *    no longer published and no alias says where it went (or if an alias is wrong), or
 *    if a published paragraph's words moved to another number (renumbering.ts), or
 *    changed with no dated update on the page to say so (rewording.ts);
 * 2. writes what aliases produce: redirect pages, `_redirects`, anchor markers;
 * 3. with PERMALINKS=record (`npm run permalinks:record`), adds newly published pages
 *    and anchors to the manifest, the words of every paragraph now published and each
 *    document page's count of updates. Recording is how an author accepts a renumbering
 *    on purpose: it is reported, not refused. Words changed without an update are refused
 *    all the same: readers must be told.
 * The check runs before anything is written; problems stop the build (stop-build.ts).
 */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../content/content-root';
import { ContentError, formatProblem } from '../markdown/content-error';
import { withBase } from '../site/urls';
import { aliasesIntoFiles } from './alias-clashes';
import { readAliases, type ParsedAlias } from './aliases';
import { checkPermalinks } from './check';
import { collectPermalinks } from './collect';
import { documentSourceFile } from './document-pages';
import { MANIFEST_FILE, mergeManifest, readManifest, writeManifest } from './manifest';
import { paragraphQuotes } from './paragraph-words';
import { addAnchorAliases, redirectPage, redirectsFile } from './redirects';
import { findRenumbering } from './renumbering';
import { findRewording } from './rewording';
import { stopBuild } from './stop-build';
import { renderCacheSettings } from '../render-cache/build-env';
import { renderCacheRegistry } from '../render-cache/registry';

export function permalinks(): AstroIntegration {
  let projectRoot = process.cwd();
  let site = new URL('https://example.org/');
  let base = '/';
  let cacheDir: string | undefined;
  return {
    name: 'permalinks',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
        if (config.site) site = new URL(config.site);
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // As soon as every page is written (before `astro:build:done`), so the search index
      // (src/integrations/pagefind.ts, listed after this integration) can start as soon as
      // this check has passed and the anchor markers are in the pages it reads.
      'astro:build:generated': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const root = contentRoot(projectRoot);
        const manifestFile = join(root, MANIFEST_FILE);
        const read = await readAliases(root, projectRoot);
        if ('problems' in read) stopBuild(new ContentError(read.problems));
        const published = await collectPermalinks(
          outDir,
          cacheDir && join(cacheDir, 'file-facts', 'permalink-anchors.json'),
          renderedPageKeys(),
        );
        const recorded = await readManifest(manifestFile);
        const sourceOf = (path: string) => documentSourceFile(path, relative(projectRoot, root));
        const problems = checkPermalinks({
          recorded: recorded.pages,
          published: published.pages,
          aliases: read.aliases,
          manifestFile: relative(projectRoot, manifestFile),
          aliasesFile: read.file,
          sourceOf,
        });
        const wordsAt = (path: string, anchor: string) =>
          paragraphQuotes(readPage(outDir, path)).get(anchor);
        const renumbered = findRenumbering({
          recorded: recorded.paragraphs,
          published: published.paragraphs,
          wordsAt,
          sourceOf,
          manifestFile: relative(projectRoot, manifestFile),
        });
        const reworded = findRewording({
          recorded,
          published,
          wordsAt,
          sourceOf,
          manifestFile: relative(projectRoot, manifestFile),
        });
        logger.info(
          `Checked the permalinks of ${published.pages.size} pages, reading ${published.read} of them (the others as an earlier build read them).`,
        );
        const recording = process.env.PERMALINKS === 'record';
        if (recording)
          for (const problem of renumbered)
            logger.warn(`Recording a renumbering: ${formatProblem(problem)}`);
        // First: a renumbering is the cause of the anchors it leaves empty.
        else problems.unshift(...renumbered);
        problems.push(...reworded);
        problems.push(...aliasesIntoFiles(outDir, read.aliases, read.file));
        if (problems.length > 0) stopBuild(new ContentError(problems));

        const prefix = (path: string) => withBase(path, base);
        await writeAliasOutput(outDir, read.aliases, site, prefix);
        if (recording) {
          await writeManifest(manifestFile, mergeManifest(recorded, published));
          logger.info(
            `Recorded ${published.pages.size} pages in ${relative(projectRoot, manifestFile)}.`,
          );
        } else {
          const fresh = [...published.pages.keys()].filter(
            (path) => !recorded.pages.has(path),
          ).length;
          if (fresh > 0)
            logger.info(
              `${fresh === 1 ? '1 new page is' : `${fresh} new pages are`} not in the permalink manifest yet: run npm run permalinks:record.`,
            );
        }
      },
    },
  };
}

/**
 * Each page's render-cache key, by path, when `npm run build` keys its pages
 * (src/lib/render-cache/): a page rendered again from what an earlier build rendered it
 * from is not read again.
 */
function renderedPageKeys(): (path: string) => string | undefined {
  if (!renderCacheSettings()) return () => undefined;
  const { keys } = renderCacheRegistry();
  return (path) => keys.get(path);
}

function readPage(outDir: string, path: string): string {
  return readFileSync(join(outDir, path, 'index.html'), 'utf8');
}

async function writeAliasOutput(
  outDir: string,
  aliases: readonly ParsedAlias[],
  site: URL,
  prefix: (path: string) => string,
): Promise<void> {
  for (const alias of aliases) {
    if (alias.from.anchor !== undefined) continue;
    const page = redirectPage(alias, site, prefix);
    const folder = resolve(outDir, `.${page.path}`);
    // The schema refuses "." and ".." in an alias's address; this is the last word on it.
    if (!folder.startsWith(resolve(outDir) + sep))
      throw new Error(`The alias from ${page.path} would write outside ${outDir}.`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'index.html'), page.html);
  }
  await writeFile(join(outDir, '_redirects'), redirectsFile(aliases, prefix));

  const anchorsByPage = new Map<string, { from: string; to: string }[]>();
  for (const alias of aliases) {
    if (alias.from.anchor === undefined || alias.to.anchor === undefined) continue;
    const list = anchorsByPage.get(alias.from.path) ?? [];
    list.push({ from: alias.from.anchor, to: alias.to.anchor });
    anchorsByPage.set(alias.from.path, list);
  }
  for (const [path, list] of anchorsByPage) {
    const file = join(outDir, path, 'index.html');
    const page = await readFile(file, 'utf8');
    const html = addAnchorAliases(page, list);
    // The check above proved every target exists, so this cannot fail silently.
    if (html === undefined) throw new Error(`Anchor alias target missing in ${file}.`);
    // A page reused from the previous build is a hard link to that build's file, which is
    // the published site until this one replaces it (src/lib/render-cache/): it already
    // carries its markers and is left alone. A page that needs them is written afresh and
    // renamed into place, so no other name of the file is ever written through.
    if (html === page) continue;
    await writeFile(`${file}.${process.pid}.tmp`, html);
    await rename(`${file}.${process.pid}.tmp`, file);
  }
}
