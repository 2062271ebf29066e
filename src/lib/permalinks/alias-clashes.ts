/**
 * Page aliases whose redirect page cannot be made because their address is inside a file
 * the site publishes: `/data/documents.json/` or `/feed.xml/` would need a folder where
 * the file is. Those files are not pages, so the permalink checks do not know them: the
 * built output is asked, before anything is written.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../markdown/content-error';
import type { ParsedAlias } from './aliases';
import { formatPlace } from './places';

export function aliasesIntoFiles(
  outDir: string,
  aliases: readonly ParsedAlias[],
  aliasesFile: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const alias of aliases) {
    if (alias.from.anchor !== undefined) continue;
    const file = publishedFileAbove(outDir, alias.from.path);
    if (file === undefined) continue;
    const from = formatPlace(alias.from);
    problems.push({
      file: aliasesFile,
      ...(alias.line === undefined ? {} : { line: alias.line }),
      field: from,
      message: `${from} is inside ${file}, a file the site publishes, so no page can be made there. Write the address of the page that moved, e.g. /reports/old-slug/, or delete this alias.`,
    });
  }
  return problems;
}

/** The site path of the first file on the way down to `path`'s folder, if there is one. */
function publishedFileAbove(outDir: string, path: string): string | undefined {
  const parts = path.split('/').filter(Boolean);
  for (let count = 1; count <= parts.length; count += 1) {
    const sitePath = `/${parts.slice(0, count).join('/')}`;
    if (statSync(join(outDir, sitePath), { throwIfNoEntry: false })?.isFile()) return sitePath;
  }
  return undefined;
}
