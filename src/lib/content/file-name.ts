import type { ContentProblem } from '../markdown/content-error';
import { ID_PATTERN } from '../text/id-suggestion';

/**
 * A content file's name becomes its id and its public URL, so it must be a clean slug.
 * Returns the id, or records a problem and returns undefined.
 */
export function checkFileName(
  name: string,
  extension: string,
  filePath: string,
  problems: ContentProblem[],
): string | undefined {
  if (!name.endsWith(extension)) {
    problems.push({
      file: filePath,
      message: `Only ${extension} files belong in this folder. Rename the file to end in ${extension}, or move it elsewhere.`,
    });
    return undefined;
  }
  const id = name.slice(0, -extension.length);
  if (!ID_PATTERN.test(id)) {
    problems.push({
      file: filePath,
      message: `The file name becomes the page's address, so it must be lowercase words joined by hyphens, e.g. pcc-response-2023${extension}.`,
    });
    return undefined;
  }
  return id;
}
