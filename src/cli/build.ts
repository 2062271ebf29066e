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

function astroBuild(): Promise<number> {
  const astro = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    cwd: projectRoot,
    // Always the production site, whatever NODE_ENV the caller has (test runners set `test`).
    env: { ...process.env, NODE_ENV: 'production', OUT_DIR: staging },
    stdio: 'inherit',
  });
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

async function main(): Promise<number> {
  await rm(staging, { recursive: true, force: true });
  const code = await astroBuild();
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
