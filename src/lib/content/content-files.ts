import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../markdown/content-error';
import { checkFileName } from './file-name';

export interface ContentFile {
  /** The entry's id: the file name without its extension. */
  id: string;
  /** Absolute path, for reading. */
  absolute: string;
  /** Path relative to the project root, for messages and `entry.filePath`. */
  filePath: string;
}

/**
 * The content files in one folder, in a stable order. Hidden files (editors' swap files)
 * are ignored; a badly named file is recorded as a problem rather than skipped silently.
 */
export async function listContentFiles(
  folder: string,
  extension: string,
  projectRoot: string,
  problems: ContentProblem[],
): Promise<ContentFile[]> {
  const entries = (await readdir(folder, { withFileTypes: true }).catch(() => []))
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: ContentFile[] = [];
  for (const entry of entries) {
    const { name } = entry;
    const absolute = join(folder, name);
    const filePath = relative(projectRoot, absolute);
    if (entry.isDirectory()) {
      problems.push({
        file: filePath,
        message: `Folders inside ${relative(projectRoot, folder)}/ are not read, so nothing in this one is published. Move its files up into ${relative(projectRoot, folder)}/.`,
      });
      continue;
    }
    const id = checkFileName(name, extension, filePath, problems);
    if (id) files.push({ id, absolute, filePath });
  }
  return files;
}
