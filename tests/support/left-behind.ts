/**
 * For tests of code that cleans up after builds (src/lib/files/remove-left-behind.ts,
 * remove-in-background.ts): a process id of a build that stopped, and how long to wait
 * for a folder removed in the background.
 */
import { spawnSync } from 'node:child_process';

/**
 * The id of a process that has already exited: what a stopped build's folders are named
 * with. Treated as gone by the code under test (unless the system gives the id to a new
 * process within the test's few milliseconds).
 */
export function exitedProcessId(): number {
  return spawnSync(process.execPath, ['-e', '']).pid;
}

/**
 * `vi.waitFor` options for a folder removed in the background (an `rm -rf` process of its
 * own, which the code under test does not wait for): checked every 20 ms for up to 2 s.
 */
export const REMOVED_IN_BACKGROUND = { timeout: 2_000, interval: 20 } as const;
