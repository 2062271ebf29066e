/**
 * A worker thread that hard-links reused pages into the new build (see link-ahead.ts),
 * one batch after another, in the order they were sent. Run by Node itself (type
 * stripping), outside Vite.
 */
import { parentPort } from 'node:worker_threads';
import { linkFiles } from '../files/hard-link.ts';
import { failureReply, yieldToMainThread } from '../files/worker-side.ts';

export interface LinkBatch {
  id: number;
  pairs: [from: string, to: string][];
}

yieldToMainThread();

// Folders made so far, across batches: a recommendation's page, briefing and feed share
// one, and come from three routes.
const made = new Set<string>();

parentPort?.on('message', ({ id, pairs }: LinkBatch) => {
  try {
    linkFiles(pairs, made);
    parentPort?.postMessage({ id });
  } catch (error) {
    parentPort?.postMessage(failureReply(id, error));
  }
});
