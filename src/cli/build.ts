/**
 * `npm run build`: `astro build` into a staging folder beside the output folder, swapped
 * into place only when the build succeeds. A failed or interrupted build therefore never
 * leaves a half-written dist/ that could be deployed; the previous build stays as it was.
 *
 * Pages whose inputs did not change since the previous build are copied from it rather
 * than rendered again (src/lib/render-cache/page-keys.ts). Which build they come from is
 * recorded in a keys file beside the output folder, `.build-<name>.page-keys.json`, put
 * in place only with a successful build, and ignored when the output folder is no longer
 * the one it describes (deleted, or replaced by a plain `astro build`).
 *
 * The output folder is $OUT_DIR (default `dist`), as in astro.config.mjs; arguments are
 * passed on to `astro build`. `npm run build` runs it on the project's own Node, the `node`
 * devDependency (Node 24: npm puts node_modules/.bin first on a script's PATH), which strips
 * types; a Node of your own does so by default from 22.18 on (package.json's engines).
 */
import { spawn } from 'node:child_process';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PAGE_KEYS_VERSION,
  RENDER_CACHE_ENV,
  type PageKeysFile,
} from '../lib/render-cache/build-env.ts';
import { codeDigest } from '../lib/render-cache/code-digest.ts';
import { buildFolderPrefix, PUT_ASIDE_SUFFIX } from '../lib/files/build-folder-names.ts';
import { removeLeftBehind } from '../lib/files/remove-left-behind.ts';
import { removeInBackground } from '../lib/files/remove-in-background.ts';
import { buildCacheDir } from '../lib/site/build-cache.ts';
import { PLACEHOLDER_SITE_URL } from '../lib/site/site-url.ts';
import { CARD_DRAWING_ENV } from '../lib/share/card-drawing-env.ts';
import { buildSearchIndex, SEARCH_SCRATCH_NAME } from '../lib/search/build-search-index.ts';
import { describeSearchIndex } from '../lib/search/describe-search-index.ts';
import { SEARCH_INDEX_ENV } from '../lib/search/search-index-env.ts';
import { escapeRegExp } from '../lib/text/escape-reg-exp.ts';

const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const target = resolve(projectRoot, process.env.OUT_DIR ?? 'dist');
// What this build writes beside the target is named `<prefix><pid><suffix>`, so a later
// build can tell whose it is (removeOldBuildsLeftBehind).
const ownPrefix = buildFolderPrefix(target);
const keysSuffix = '.page-keys.json';
// Beside the target, so the swap is a rename on the same file system; `.build-*` is git-ignored.
const staging = join(dirname(target), `${ownPrefix}${process.pid}`);
// The replaced build, put aside by the swap and then removed in the background.
const previous = `${staging}${PUT_ASIDE_SUFFIX}`;
// The keys of the published build, and where `astro build` writes those of this one.
const keysFile = join(dirname(target), `.build-${basename(target)}${keysSuffix}`);
const stagedKeys = `${staging}${keysSuffix}`;
const astroArgs = process.argv.slice(2);

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Runs a Node script of the project's in a child process; resolves to its exit code. */
function run(script: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(process.execPath, script, { cwd: projectRoot, env, stdio: 'inherit' });
  // Ctrl-C reaches the child too; wait for it to stop, then clean up below.
  const ignore = () => {};
  process.on('SIGINT', ignore).on('SIGTERM', ignore);
  return new Promise((resolveCode) => {
    child.on('error', (error) => {
      console.error(error);
      resolveCode(1);
    });
    child.on('close', (code, signal) => resolveCode(code ?? (signal ? 1 : 0)));
  });
}

/**
 * What a build leaves beside the output folder, named with its process id: its staging
 * folder and staged keys (`.build-dist-<pid>`, `….page-keys.json`), the old build it put
 * aside (`…-previous`), and search scratch folders.
 */
const ownFolder = new RegExp(
  `^${escapeRegExp(ownPrefix)}(\\d+)(?:${escapeRegExp(PUT_ASIDE_SUFFIX)}|${escapeRegExp(keysSuffix)})?$`,
);

/** The id of the build process that left `name` beside the output folder, if it did. */
function leftBy(name: string): number | undefined {
  const match = ownFolder.exec(name) ?? SEARCH_SCRATCH_NAME.exec(name);
  return match ? Number(match[1]) : undefined;
}

/**
 * What earlier builds left behind because they were stopped before cleaning up, or their
 * removal in the background never finished (the machine stopped, say): a staging folder
 * can be a whole site. Those of a build still running are left alone: it is using them.
 */
function removeOldBuildsLeftBehind(): Promise<void> {
  return removeLeftBehind(dirname(target), leftBy);
}

/**
 * Puts the staging folder where the target was. The old build is kept until the new one
 * is in place, then removed in the background: it is published by then, and the removal
 * (mostly unlinking the names of files the new build shares) would otherwise be about a
 * tenth of a rebuild at 10,000 documents.
 */
async function swapIntoPlace(): Promise<void> {
  const hadPrevious = await exists(target);
  if (hadPrevious) await rename(target, previous);
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadPrevious) await rename(previous, target);
    throw error;
  }
  if (hadPrevious) removeInBackground(previous);
}

/** The keys file, when it still describes the target folder as it is now. */
async function previousKeys(): Promise<PageKeysFile | undefined> {
  const [text, folder] = await Promise.all([
    readFile(keysFile, 'utf8').catch(() => undefined),
    stat(target).catch(() => undefined),
  ]);
  if (text === undefined || !folder) return undefined;
  try {
    const keys = JSON.parse(text) as PageKeysFile;
    const described = keys.version === PAGE_KEYS_VERSION && keys.dist;
    if (described && described.ino === folder.ino && described.mtimeMs === folder.mtimeMs)
      return keys;
  } catch {
    // Unreadable: render everything.
  }
  return undefined;
}

/** Env for `astro build` that lets it reuse pages of the previous build (src/middleware.ts). */
async function renderCacheEnv(): Promise<NodeJS.ProcessEnv> {
  const [digest, keys] = await Promise.all([
    codeDigest(projectRoot, process.env, astroArgs),
    previousKeys(),
  ]);
  return {
    [RENDER_CACHE_ENV.codeDigest]: digest,
    [RENDER_CACHE_ENV.keysOut]: stagedKeys,
    [RENDER_CACHE_ENV.previousDir]: keys ? target : '',
    [RENDER_CACHE_ENV.previousKeys]: keys ? keysFile : '',
  };
}

/** Records which folder the new keys describe, and puts them beside it. After the swap only. */
async function publishKeys(): Promise<void> {
  const text = await readFile(stagedKeys, 'utf8').catch(() => undefined);
  await rm(stagedKeys, { force: true });
  if (text === undefined) {
    // No keys from this build (it ran no pages?): the old file must not describe the new folder.
    await rm(keysFile, { force: true });
    return;
  }
  const { ino, mtimeMs } = await stat(target);
  const keys: PageKeysFile = { ...(JSON.parse(text) as PageKeysFile), dist: { ino, mtimeMs } };
  await writeFile(`${stagedKeys}.tmp`, JSON.stringify(keys));
  await rename(`${stagedKeys}.tmp`, keysFile);
}

/** The keys of this build's pages (src/lib/render-cache/), once `astro build` has written them. */
async function stagedPageKeys(): Promise<PageKeysFile['pages'] | undefined> {
  const text = await readFile(stagedKeys, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as PageKeysFile).pages;
}

const astroBuild = (cacheEnv: NodeJS.ProcessEnv) =>
  run([join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...astroArgs], {
    ...process.env,
    ...cacheEnv,
    // Always the production site, whatever NODE_ENV the caller has (test runners set `test`).
    NODE_ENV: 'production',
    OUT_DIR: staging,
    // The search index is built below, once Astro has exited (src/integrations/pagefind.ts).
    [SEARCH_INDEX_ENV.name]: SEARCH_INDEX_ENV.afterAstro,
    ...CARD_DRAWING_ENV,
  });

/**
 * Indexes the staged site for search (src/lib/search/build-search-index.ts), in this
 * process: Astro has exited, so Pagefind's indexer is the only large user of memory left.
 * The published build, if any, is passed too: unchanged shards are reused from it, or
 * from the cache folder when there is no published build (a CI job that keeps only the
 * cache folder between builds).
 */
async function searchIndex(): Promise<number> {
  const started = performance.now();
  try {
    const result = await buildSearchIndex(staging, {
      previous: (await exists(target)) ? target : undefined,
      factsFile: join(buildCacheDir(), 'file-facts', 'search-pages.json'),
      pageKeys: await stagedPageKeys(),
      shardIdsFile: join(buildCacheDir(), 'file-facts', 'search-shard-ids.json'),
      editionsRoot: join(buildCacheDir(), 'search-editions'),
      shardsRoot: join(buildCacheDir(), 'search-shards'),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`[search] ${describeSearchIndex(result)} ${seconds} s.`);
    return 0;
  } catch (error) {
    console.error(`[search] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

async function main(): Promise<number> {
  await Promise.all([
    rm(staging, { recursive: true, force: true }),
    rm(stagedKeys, { force: true }),
    removeOldBuildsLeftBehind(),
  ]);
  let code = await astroBuild(await renderCacheEnv());
  if (code === 0) code = await searchIndex();
  if (code !== 0) {
    await rm(staging, { recursive: true, force: true });
    await rm(stagedKeys, { force: true });
    console.error(
      `\nThe build failed, so ${basename(target)}/ was left as it was: nothing half-built was published.`,
    );
    return code;
  }
  try {
    await swapIntoPlace();
  } catch (error) {
    await rm(stagedKeys, { force: true });
    throw error;
  }
  await publishKeys();
  warnIfPlaceholderAddress();
  return 0;
}

/**
 * Every copied paragraph link, canonical link, feed and printed page carries SITE_URL; a
 * deployment that forgot it would publish working pages whose shared links all point at
 * the placeholder. Not an error: local builds and tests rightly run without one.
 */
function warnIfPlaceholderAddress(): void {
  if (process.env['SITE_URL']) return;
  console.warn(
    '\nNote: SITE_URL is not set, so links copied, shared and printed from these pages point at ' +
      `${PLACEHOLDER_SITE_URL}. Before deploying, build with the public address: ` +
      'SITE_URL=https://<your site> npm run build (README, "Deploying").',
  );
}

process.exitCode = await main();
