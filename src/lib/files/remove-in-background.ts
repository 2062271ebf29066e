import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';

/**
 * Removes a folder nothing uses any more without waiting for it: `rm -rf` in a process of
 * its own, which outlives the caller. An old build of 10,000 documents is 120,000 files
 * and folders, about 10 s of disk work, and the new build is published before it starts.
 * Where `rm` cannot be started, the folder is removed here instead (the caller's process
 * then stays alive until that is done).
 */
export function removeInBackground(folder: string): void {
  const child = spawn('rm', ['-rf', '--', folder], { detached: true, stdio: 'ignore' });
  child.on('error', () => {
    rm(folder, { recursive: true, force: true }).catch(() => {});
  });
  child.unref();
}
