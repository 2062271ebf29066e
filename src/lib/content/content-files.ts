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
 * are ignored; a badly named file, a folder or a symbolic link is recorded as a problem
 * rather than skipped silently.
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
    // A link could bring in any file the build can read, from outside the content folder,
    // and publish it; nothing in a review of content/ would show its words.
    if (entry.isSymbolicLink()) {
      problems.push({
        file: filePath,
        message: `This is a link to another file (a symbolic link), not a file of its own, so it is not published. Put the file itself here in place of the link.`,
      });
      continue;
    }
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
