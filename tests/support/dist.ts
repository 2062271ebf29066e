/** The built site's raw HTML, for tests that look at exact markup and meta tags. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './paths';

export function readPageHtml(path: string, dist = distDir()): string {
  return readFileSync(join(dist, path, 'index.html'), 'utf8');
}

/** Paths of every document page: /reports/<slug>/, /statements/<slug>/, /responses/<slug>/. */
export function documentPaths(dist = distDir()): string[] {
  return ['reports', 'statements', 'responses'].flatMap((folder) =>
    readdirSync(join(dist, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `/${folder}/${entry.name}/`),
  );
}
