// Shared paths for the test suites. The repository root is two levels above this file.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The built site: $DIST_DIR (absolute, or relative to the repo root), else `<repo>/dist`. */
export function distDir(): string {
  const fromEnv = process.env.DIST_DIR;
  if (!fromEnv) return resolve(REPO_ROOT, 'dist');
  return isAbsolute(fromEnv) ? fromEnv : resolve(REPO_ROOT, fromEnv);
}
