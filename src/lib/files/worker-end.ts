import type { Worker } from 'node:worker_threads';

/**
 * Calls `ended` once when `worker` ends, however it ends: an uncaught error (Node emits
 * 'error', then 'exit'), or no error at all (its script could not start, called
 * process.exit, or ran out of work to wait for). `reason` says which, for the build's
 * warning. Code that hands work to a worker must hear of every end: a worker gone
 * without a word would leave what it was given waiting for ever, and the build with it.
 */
export function onWorkerEnd(worker: Worker, ended: (reason: string) => void): void {
  let error: Error | undefined;
  worker.on('error', (failure) => (error = failure));
  worker.on('exit', (code) => ended(error?.message ?? `it stopped (exit code ${code})`));
}
