/**
 * The content files of one folder with their text, or what stops each being read as text
 * (content-source.ts), in the folders' order. The content loaders and `npm run check:content`
 * read every folder this way, so they find the same files and refuse the same ones.
 */
import type { ContentProblem } from '../markdown/content-error';
import { listContentFiles, type ContentFile } from './content-files';
import { readContentSource } from './content-source';

export type ContentFileSource = ContentFile & ({ source: string } | { problems: ContentProblem[] });

/**
 * One file at a time, so that at most one file's text is held here however many there
 * are. Synchronous reads: thousands of small files read faster without a thread-pool
 * round trip each. A badly named file or a folder inside is not a file of the collection:
 * its problem goes into `problems` (listContentFiles).
 */
export async function* contentFolderSources(
  folder: string,
  extension: string,
  projectRoot: string,
  problems: ContentProblem[],
): AsyncGenerator<ContentFileSource> {
  for (const file of await listContentFiles(folder, extension, projectRoot, problems)) {
    yield { ...file, ...readContentSource(file.absolute, file.filePath) };
  }
}
