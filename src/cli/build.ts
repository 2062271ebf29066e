/**
 * `npm run build`: `astro build` into a staging folder beside the output folder, swapped
 * into place only when the build succeeds. A failed or interrupted build therefore never
 * leaves a half-written dist/ that could be deployed; the previous build stays as it was.
 *
 * The output folder is $OUT_DIR (default `dist`), as in astro.config.mjs; arguments are
 * passed on to `astro build`. Runs on the project's Node (>= 22.12), which strips types.
 */
import { spawn } from 'node:child_process';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const target = resolve(projectRoot, process.env.OUT_DIR ?? 'dist');
// Beside the target, so the swap is a rename on the same file system; `.build-*` is git-ignored.
const staging = join(dirname(target), `.build-${basename(target)}-${process.pid}`);
const previous = `${staging}-previous`;

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

/** Puts the staging folder where the target was. The old build is kept until the new one is in place. */
async function swapIntoPlace(): Promise<void> {
  const hadPrevious = await exists(target);
  if (hadPrevious) await rename(target, previous);
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadPrevious) await rename(previous, target);
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

const astroBuild = () =>
  run(
    [
      join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'build',
      ...process.argv.slice(2),
    ],
    {
      ...process.env,
      // Always the production site, whatever NODE_ENV the caller has (test runners set `test`).
      NODE_ENV: 'production',
      OUT_DIR: staging,
      // The search index is built below, once Astro has exited (src/integrations/pagefind.ts).
      SEARCH_INDEX: 'after-astro',
    },
  );

/**
 * Indexes the staged site for search, in its own process (tsx: the library code is
 * TypeScript). The published build, if any, is passed too: unchanged shards are reused.
 */
const searchIndex = async () =>
  run(
    [
      join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(projectRoot, 'src', 'cli', 'search-index.ts'),
      staging,
      ...((await exists(target)) ? [target] : []),
    ],
    process.env,
  );

async function main(): Promise<number> {
  await rm(staging, { recursive: true, force: true });
  let code = await astroBuild();
  if (code === 0) code = await searchIndex();
  if (code !== 0) {
    await rm(staging, { recursive: true, force: true });
    console.error(
      `\nThe build failed, so ${basename(target)}/ was left as it was: nothing half-built was published.`,
    );
    return code;
  }
  await swapIntoPlace();
  return 0;
}

process.exitCode = await main();
