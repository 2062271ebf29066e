import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { removeInBackground } from './remove-in-background.ts';

/**
 * Removes, in the background, what builds that stopped left in `folder`: every entry whose
 * name `ownerOf` reads a process id from, when that process is no longer running. What a
 * running build named is left alone: it is using it. A missing folder has nothing to remove.
 */
export async function removeLeftBehind(
  folder: string,
  ownerOf: (name: string) => number | undefined,
): Promise<void> {
  for (const name of await readdir(folder).catch(() => [])) {
    const pid = ownerOf(name);
    if (pid !== undefined && !isRunning(pid)) removeInBackground(join(folder, name));
  }
}

/** Whether a process with this id is running (one we may not signal still counts). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
