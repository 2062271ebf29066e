/**
 * A worker thread that answers each request once, for the work a build hands to its second
 * core while Astro renders on the first: drawing social cards (card-thread.ts) and linking
 * reused pages (link-ahead.ts). The worker starts with the first request. If it cannot run,
 * or stops, every request still pending, and every later one, resolves with `false` and the
 * caller does that work itself: a worker is a speed-up, never the only way.
 *
 * The worker's side posts `{ id }` when a request is done, or `failureReply(id, error)`.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface Reply {
  id: number;
  failure?: string;
}

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

/** The reply for a request that failed, from the worker's side. */
export function failureReply(id: number, error: unknown): Reply {
  return { id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
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
    const stopped = (reason: string) => {
      if (!failed) console.warn(`${fallback}: ${reason}`);
      failed = true;
      worker = undefined;
      for (const { resolve } of pending.values()) resolve(false);
      pending.clear();
    };
    started.on('error', (error) => stopped(error.message));
    // A worker that stops without an error (its script ended, or called process.exit)
    // would otherwise leave what it had not answered waiting for ever, and the build with it.
    started.on('exit', (code) => {
      if (pending.size > 0) stopped(`the worker stopped (exit code ${code}) before answering`);
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
