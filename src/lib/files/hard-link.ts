import { copyFile, link } from 'node:fs/promises';

/**
 * Puts `from`'s file at `to` as a hard link: no bytes copied, no space used. A copy where
 * a link cannot be made (another file system): slower, same bytes. Only for files nobody
 * rewrites in place afterwards, since a link shares them.
 */
export async function hardLinkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to));
}
