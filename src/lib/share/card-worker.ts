/**
 * A worker thread that draws social cards into the card cache for the build (see
 * card-thread.ts). A few cards at a time: while one is painted here, sharp encodes the
 * ones before it on the thread pool.
 *
 * Node runs this file directly (type stripping), outside Vite: see extensionless-imports.ts.
 */
import '../files/extensionless-imports.ts';
import { parentPort } from 'node:worker_threads';
import { failureReply, yieldToMainThread } from '../files/worker-side.ts';
import type { CardText } from './social-card.ts';

const { socialCardPng } = await import('./social-card.ts');

yieldToMainThread();

export interface CardRequest {
  id: number;
  card: CardText;
  cacheDir: string;
}

/** Enough to keep the thread pool encoding while the next card is painted. */
const AT_ONCE = 3;
const queue: CardRequest[] = [];
let running = 0;

function next(): void {
  while (running < AT_ONCE && queue.length > 0) {
    const { id, card, cacheDir } = queue.shift()!;
    running++;
    socialCardPng(card, cacheDir)
      .then(
        () => parentPort?.postMessage({ id }),
        (error: unknown) => parentPort?.postMessage(failureReply(id, error)),
      )
      .finally(() => {
        running--;
        next();
      });
  }
}

parentPort?.on('message', (request: CardRequest) => {
  queue.push(request);
  next();
});
