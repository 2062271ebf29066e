/**
 * A worker thread that answers each request once, for the work a build hands to its second
 * core while Astro renders on the first: drawing social cards (card-thread.ts) and linking
 * reused pages (link-ahead.ts). The worker starts with the first request. If it cannot run,
 * or stops, every request still pending, and every later one, resolves with `false` and the
 * caller does that work itself: a worker is a speed-up, never the only way.
 *
 * The worker's side posts `{ id }` when a request is done, or `failureReply(id, error)`.
 */
import { getPriority, setPriority } from 'node:os';
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
