/**
 * The worker's own side of the build's worker threads (reply-worker.ts, compile-pool.ts).
 * Worker scripts are run by Node itself, outside Vite, and may import this file before
 * anything else: it imports nothing of src/, so it needs no extensionless-imports hook.
 */
import { getPriority, setPriority } from 'node:os';

/** What a worker of reply-worker.ts posts: `{ id }` once a request is done. */
export interface Reply {
  id: number;
  failure?: string;
}

/** How many steps of nice value (-20 highest, 19 lowest) a worker runs below its starter. */
const WORKER_NICENESS = 10;

/**
 * Lowers the calling worker thread's scheduling priority, from the worker's side. The
 * main thread, where Astro renders every page one after another, is what a build waits
 * for; at equal priority the kernel gives its core to a worker whenever the worker wakes,
 * and rendering stops while it runs. At a lower one, a worker runs on what the main thread
 * leaves: the other core, and its own while rendering waits on the disk. Linux keeps a
 * nice value per thread; elsewhere it is the whole process's, so nothing changes there.
 */
export function yieldToMainThread(): void {
  if (process.platform !== 'linux') return;
  try {
    // A new thread starts at the nice value of the thread that started it.
    setPriority(0, Math.min(19, getPriority(0) + WORKER_NICENESS));
  } catch {
    // Not allowed (some containers): the worker runs at the main thread's priority.
  }
}

/** What a worker tells its starter of a failure: the stack, where there is one. */
export function failureText(error: unknown): string {
  return error instanceof Error ? error.stack || error.message : String(error);
}

/** The reply for a request that failed. */
export function failureReply(id: number, error: unknown): Reply {
  return { id, failure: failureText(error) };
}
