import { resolve } from 'node:path';

/**
 * Where authors' content lives. Tests point CONTENT_DIR at a fixture folder to build a
 * small site (or a broken one) with the real pipeline, and the bench at a synthetic
 * corpus; it may be relative to the project root or absolute.
 */
export function contentRoot(projectRoot: string): string {
  return resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
}
