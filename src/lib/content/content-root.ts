import { join } from 'node:path';

/**
 * Where authors' content lives. Tests point CONTENT_DIR at a fixture folder to build a
 * small site (or a broken one) with the real pipeline.
 */
export function contentRoot(projectRoot: string): string {
  return join(projectRoot, process.env.CONTENT_DIR ?? 'content');
}
