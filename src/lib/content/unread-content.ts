/**
 * Files and folders in the content folder that nothing reads. A document saved in
 * `content/statement/` (one letter short) would never be published, and no build would
 * say so: the author would find out from a reader. Each is named, with the folder the
 * build reads that it most likely meant.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../markdown/content-error';
import { MANIFEST_FILE } from '../permalinks/manifest';
import { ALIASES_FILE } from '../permalinks/aliases';
import { closestSpelling } from '../text/closest-spelling';
import {
  DOCUMENT_COLLECTIONS,
  GLOSSARY,
  THEMES,
  YAML_FOLDER_COLLECTIONS,
} from './collection-layout';

const FOLDERS = [
  ...Object.values(DOCUMENT_COLLECTIONS).map(({ directory }) => directory),
  ...Object.values(YAML_FOLDER_COLLECTIONS).map(({ directory }) => directory),
];
const FILES = [GLOSSARY.file, THEMES.file, ALIASES_FILE, MANIFEST_FILE];

export function unreadContent(root: string, projectRoot: string): ContentProblem[] {
  const entries = readdirSync(root, { withFileTypes: true });
  return entries
    .filter((entry) => !entry.name.startsWith('.'))
    .filter((entry) => !(entry.isDirectory() ? FOLDERS : FILES).includes(entry.name))
    .map((entry) => ({
      file: relative(projectRoot, join(root, entry.name)),
      message: unreadMessage(entry.name, entry.isDirectory()),
    }));
}

function unreadMessage(name: string, folder: boolean): string {
  const known = folder ? FOLDERS : FILES;
  const meant = closestSpelling(name.toLowerCase(), known);
  const what = folder ? 'folder' : 'file';
  const list = known.map((candidate) => `${candidate}${folder ? '/' : ''}`).join(', ');
  return meant
    ? `The build does not read this ${what}, so nothing in it is published. Did you mean ${meant}${folder ? '/' : ''}? Rename it, or move its files there.`
    : `The build does not read this ${what}, so nothing in it is published. The content folder holds only ${list}: move it into one of them, or out of the content folder.`;
}
