/**
 * Where compiled document HTML is kept: one file per compiled version, named by the
 * digest of its source, in the build's cache folder. Not in Astro's content store,
 * because the store is a single JSON file that every build reads, rewrites and bundles
 * into its server code whole: with 10,000 documents their HTML made it ~130 MB, and
 * handling it cost more memory and time than anything else in a rebuild. A page reads
 * only its own document's file, when it renders.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const FOLDER = 'document-html';

export function compiledHtmlFolder(cacheDir: string, collection: string): string {
  return join(cacheDir, FOLDER, collection);
}

export function compiledHtmlPath(folder: string, digest: string): string {
  return join(folder, `${digest}.html`);
}

export function writeCompiledHtml(path: string, html: string): void {
  writeFileSync(path, html);
}

export function hasCompiledHtml(path: string): boolean {
  return existsSync(path);
}

export function readCompiledHtml(path: string): string {
  return readFileSync(path, 'utf8');
}

export function ensureFolder(folder: string): void {
  mkdirSync(folder, { recursive: true });
}

/** Removes files of versions no entry uses any more (edited or deleted documents). */
export function pruneCompiledHtml(folder: string, keep: ReadonlySet<string>): void {
  for (const name of readdirSync(folder)) {
    if (!keep.has(join(folder, name))) rmSync(join(folder, name), { force: true });
  }
}
