/**
 * Draws social cards into the card cache on a worker thread (card-worker.ts), starting
 * as soon as the card route lists its cards. Pages render in route order, so the cards
 * (one route) would otherwise be drawn one after another while nothing else renders;
 * this way they are drawn on the second core while the main thread renders every
 * other page, and the card route mostly reads finished files. If the worker cannot
 * start, cards are drawn when their route renders, on the main thread.
 */
import { existsSync } from 'node:fs';
import { replyWorker } from '../files/reply-worker';
import { workerScriptPath } from '../files/worker-script-path';
import type { CardRequest } from './card-worker';
import { cachedCardFile, socialCardPng, type CardText } from './social-card';

/** The card worker's old-generation heap cap, in megabytes. */
const WORKER_HEAP_MB = 256;

// Capped so the worker's heap cannot grow while the build's memory peaks, but not tightly:
// when satori laid the cards out, its garbage made a card cost 48 ms of processor time
// under a cap of 64 MB against 22 ms under 256 MB (README "Performance"). Skia paints them
// now, outside the JavaScript heap; the cap was left as measured.
const drawer = replyWorker<Omit<CardRequest, 'id'>>(
  workerScriptPath(process.cwd(), 'share/card-worker.ts'),
  {
    task: 'Drawing a social card',
    // The route draws what is missing from the cache itself.
    fallback: '[social cards] Drawing cards as their pages render',
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  },
);

const prepared = new Map<string, Promise<void>>();

/**
 * Starts drawing `card` into `cacheDir` (if it is not there yet) on the worker thread;
 * the promise settles when the card is in the cache. Once per card.
 */
export function prepareCard(card: CardText, cacheDir: string): Promise<void> {
  return prepare(cachedCardFile(card, cacheDir), card, cacheDir);
}

/** prepareCard, given the card's file in the cache (a digest of the card, made once). */
function prepare(file: string, card: CardText, cacheDir: string): Promise<void> {
  let promise = prepared.get(file);
  if (promise) return promise;
  // Drawn in an earlier build (the usual case): no worker to start.
  if (drawer.failed || existsSync(file)) return Promise.resolve();
  promise = drawer.send({ card, cacheDir }).then(() => {});
  prepared.set(file, promise);
  return promise;
}

let drawnHere: Promise<unknown> = Promise.resolve();

/**
 * The file of `card` in `cacheDir`, once drawn: by the worker, or, if it could not start,
 * here on the main thread, one card at a time (all of them at once would hold a full-size
 * bitmap each).
 */
export async function cardFile(card: CardText, cacheDir: string): Promise<string> {
  const file = cachedCardFile(card, cacheDir);
  await prepare(file, card, cacheDir);
  if (!existsSync(file)) {
    const drawn = drawnHere.then(() => socialCardPng(card, cacheDir));
    drawnHere = drawn.catch(() => {});
    await drawn;
  }
  return file;
}
