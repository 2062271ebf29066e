/**
 * A worker thread that answers each request once, for the work a build hands to its second
 * core while Astro renders on the first: drawing social cards (card-thread.ts) and linking
 * reused pages (link-ahead.ts). The worker starts with the first request. If it cannot run,
 * or stops, every request still pending, and every later one, resolves with `false` and the
 * caller does that work itself: a worker is a speed-up, never the only way.
 *
 * The worker's side (worker-side.ts) posts `{ id }` when a request is done, or
 * `failureReply(id, error)`.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Reply } from './worker-side';
import { onWorkerEnd } from './worker-end';

export interface ReplyWorkerOptions {
  /** What a request does, starting a failed request's error: "Drawing a social card". */
  task: string;
  /** Warned once if the worker cannot run: what the build does instead, and where. */
  fallback: string;
  resourceLimits?: ResourceLimits;
}

export interface ReplyWorker<Request> {
  /**
   * Resolves with `true` once the worker has done `request`, or `false` if the worker
   * could not run it; rejects with the request's own failure.
   */
  send(request: Request): Promise<boolean>;
  /** True once the worker could not run. */
  readonly failed: boolean;
}

export function replyWorker<Request extends object>(
  script: string,
  { task, fallback, resourceLimits }: ReplyWorkerOptions,
): ReplyWorker<Request> {
  let worker: Worker | undefined;
  let failed = false;
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve: (done: boolean) => void; reject: (e: unknown) => void }
  >();

  function start(): Worker {
    const started = new Worker(script, { resourceLimits });
    started.on('message', ({ id, failure }: Reply) => {
      const request = pending.get(id);
      pending.delete(id);
      // Only requests still to answer keep the build's process alive.
      if (pending.size === 0) started.unref();
      if (failure === undefined) request?.resolve(true);
      else request?.reject(new Error(`${task}: ${failure}`));
    });
    // Whatever it had not answered, and everything sent later, the caller does itself.
    onWorkerEnd(started, (reason) => {
      const unanswered = pending.size > 0 ? `, leaving ${pending.size} unanswered` : '';
      if (!failed) console.warn(`${fallback}: the worker ended (${reason})${unanswered}`);
      failed = true;
      worker = undefined;
      for (const { resolve } of pending.values()) resolve(false);
      pending.clear();
    });
    return started;
  }

  return {
    get failed() {
      return failed;
    },
    send(request) {
      if (failed) return Promise.resolve(false);
      worker ??= start();
      const id = nextId++;
      const answered = new Promise<boolean>((resolve, reject) =>
        pending.set(id, { resolve, reject }),
      );
      worker.ref();
      worker.postMessage({ ...request, id });
      return answered;
    },
  };
}
