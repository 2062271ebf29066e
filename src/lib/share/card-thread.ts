/**
 * Draws social cards into the card cache on a worker thread (card-worker.ts), starting
 * as soon as the card route lists its cards. Pages render in route order, so the cards
 * (one route) would otherwise be drawn one after another while nothing else renders;
 * this way they are drawn on the second core while the main thread renders every
 * other page, and the card route mostly reads finished files. If the worker cannot
 * start, cards are drawn when their route renders, on the main thread.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cachedCardFile, socialCardPng, type CardText } from './social-card';

/**
 * The worker's script, run by Node itself (type stripping), not bundled: see card-worker.ts.
 * Found from the project folder because this module is bundled into the build, away from
 * the source file beside it.
 */
export const CARD_WORKER_SCRIPT = join(process.cwd(), 'src', 'lib', 'share', 'card-worker.ts');

type Reply = { id: number } | { id: number; failure: string };

let worker: Worker | undefined;
let failed = false;
let nextId = 0;
const pending = new Map<number, { resolve: () => void; reject: (error: unknown) => void }>();
const prepared = new Map<string, Promise<void>>();

/** The card worker's old-generation heap cap, in megabytes (see `start`). */
const WORKER_HEAP_MB = 256;

function start(): Worker {
  // Capped so the worker's heap cannot grow while the build's memory peaks, but not tightly:
  // its live heap stays about 20 MB, yet satori makes garbage so fast that a card cost 48 ms
  // of processor time under a cap of 64 MB, 35 ms under 128 MB and 22 ms under 256 MB, as
  // with no cap (at 10,000 documents, the build from nothing took 448 s under 64 MB and
  // 308 s under 256 MB).
  const started = new Worker(CARD_WORKER_SCRIPT, {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  started.on('message', (reply: Reply) => {
    const task = pending.get(reply.id);
    pending.delete(reply.id);
    // Only cards still to draw keep the build's process alive.
    if (pending.size === 0) started.unref();
    if (task && 'failure' in reply)
      task.reject(new Error(`Drawing a social card: ${reply.failure}`));
    else task?.resolve();
  });
  started.on('error', (error) => {
    if (!failed)
      console.warn(`[social cards] Drawing cards as their pages render: ${error.message}`);
    failed = true;
    worker = undefined;
    // The route draws what is missing from the cache itself.
    for (const { resolve } of pending.values()) resolve();
    pending.clear();
  });
  return started;
}

/**
 * Starts drawing `card` into `cacheDir` (if it is not there yet) on the worker thread;
 * the promise settles when the card is in the cache. Once per card.
 */
export function prepareCard(card: CardText, cacheDir: string): Promise<void> {
  const key = cachedCardFile(card, cacheDir);
  let promise = prepared.get(key);
  if (promise) return promise;
  // Drawn in an earlier build (the usual case): no worker to start.
  if (failed || existsSync(key)) return Promise.resolve();
  worker ??= start();
  const id = nextId++;
  promise = new Promise<void>((resolve, reject) => pending.set(id, { resolve, reject }));
  prepared.set(key, promise);
  worker.ref();
  worker.postMessage({ id, card, cacheDir });
  return promise;
}

let drawnHere: Promise<unknown> = Promise.resolve();

/**
 * The file of `card` in `cacheDir`, once drawn: by the worker, or, if it could not start,
 * here on the main thread, one card at a time (all of them at once would hold a full-size
 * bitmap each).
 */
export async function cardFile(card: CardText, cacheDir: string): Promise<string> {
  await prepareCard(card, cacheDir);
  const file = cachedCardFile(card, cacheDir);
  if (!existsSync(file)) {
    const drawn = drawnHere.then(() => socialCardPng(card, cacheDir));
    drawnHere = drawn.catch(() => {});
    await drawn;
  }
  return file;
}
