import { resolve } from 'node:path';

/**
 * Where authors' content lives. Tests point CONTENT_DIR at a fixture folder to build a
 * small site (or a broken one) with the real pipeline; it may be absolute or relative to the
 * project root.
 */
export function contentRoot(projectRoot: string): string {
  return resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
}
