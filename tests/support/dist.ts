/** Reading the built site from tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = join(process.cwd(), process.env.OUT_DIR ?? 'dist');

export function readPage(path: string, dist = DIST): string {
  return readFileSync(join(dist, path, 'index.html'), 'utf8');
}

/** Paths of every document page: /reports/<slug>/, /statements/<slug>/, /responses/<slug>/. */
export function documentPaths(dist = DIST): string[] {
  return ['reports', 'statements', 'responses'].flatMap((folder) =>
    readdirSync(join(dist, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `/${folder}/${entry.name}/`),
  );
}
