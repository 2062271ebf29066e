/**
 * Compiles MDX bodies on worker threads, one per core, so a first build of thousands of
 * documents uses the whole machine (parsing Markdown is most of a cold build's time).
 * One pool serves every collection; it starts with the first large batch and stops
 * once idle, so it holds no memory while pages render.
 *
 * Small batches compile on the calling thread: starting a worker and loading the
 * pipeline into it costs more than it saves. If a worker cannot start (a Node without
 * TypeScript type stripping) or stops on its own, what is left compiles on the calling
 * thread instead: workers are a speed-up, never the only way.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { compileMdx, type CompiledBody } from '../markdown/compile-mdx';
import { ContentError, type ContentProblem } from '../markdown/content-error';
import type { GlossaryEntry } from '../glossary/find-terms';
import { onWorkerEnd } from '../files/worker-end';

export interface CompileJob {
  body: string;
  /** Path shown in error messages. */
  file: string;
  /** Line of the file on which the body starts. */
  firstLine: number;
  /** Acronyms to mark in the body. */
  glossary?: readonly GlossaryEntry[];
}

export type CompileOutcome = { compiled: CompiledBody } | { problems: readonly ContentProblem[] };

/** Below this many documents, compiling inline is faster than starting workers. */
const WORKER_THRESHOLD = 64;
/** Stop the workers this long after the queue empties (collections load one after another). */
const IDLE_MS = 250;

function compileHere(job: CompileJob): CompileOutcome {
  try {
    return {
      compiled: compileMdx(job.body, {
        file: job.file,
        firstLine: job.firstLine,
        glossary: job.glossary ?? [],
      }),
    };
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems };
    throw error;
  }
}

interface Task {
  job: CompileJob;
  resolve: (outcome: CompileOutcome) => void;
  reject: (error: unknown) => void;
}

type Reply =
  | { compiled: CompiledBody }
  | { problems: ContentProblem[] }
  | { failure: string }
  | { ready: true };

class CompilePool {
  readonly #queue: Task[] = [];
  readonly #workers = new Map<Worker, Task | undefined>();
  #idle: NodeJS.Timeout | undefined;
  #failed = false;

  readonly #script: string;
  readonly #size: number;

  constructor(script: string, size: number) {
    this.#script = script;
    this.#size = size;
  }

  async run(job: CompileJob): Promise<CompileOutcome> {
    if (this.#failed) return compileHere(job);
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      clearTimeout(this.#idle);
      while (this.#workers.size < this.#size) this.#start();
      for (const [worker, task] of this.#workers) if (!task) this.#feed(worker);
    });
  }

  #start(): void {
    const worker = new Worker(this.#script);
    this.#workers.set(worker, undefined);
    let ready = false;
    worker.on('message', (reply: Reply) => {
      const task = this.#workers.get(worker);
      if ('ready' in reply) {
        ready = true;
        if (!task) this.#feed(worker);
        return;
      }
      if (task && 'failure' in reply)
        task.reject(new Error(`Compiling ${task.job.file}: ${reply.failure}`));
      else if (task) task.resolve(reply as CompileOutcome);
      this.#workers.set(worker, undefined);
      this.#feed(worker);
    });
    onWorkerEnd(worker, (reason) => {
      if (!this.#workers.has(worker)) return; // stopped by the pool once idle
      this.#giveUp(worker, `a worker ${ready ? 'ended' : 'could not start'} (${reason})`);
    });
  }

  /**
   * A worker ended on its own (it could not load, ran out of memory, or exited): compile
   * on this thread from now on, starting with the task it held and every queued one, so
   * no document is lost and the content sync never waits for a worker that is gone. The
   * other workers finish what they hold; the queue they would feed from is empty.
   */
  #giveUp(worker: Worker, reason: string): void {
    const task = this.#workers.get(worker);
    this.#workers.delete(worker);
    if (!this.#failed) console.warn(`[content] Compiling documents on one thread: ${reason}.`);
    this.#failed = true;
    const stranded = [...(task ? [task] : []), ...this.#queue.splice(0)];
    for (const { job, resolve, reject } of stranded) {
      try {
        resolve(compileHere(job));
      } catch (failure) {
        reject(failure);
      }
    }
  }

  #feed(worker: Worker): void {
    const task = this.#queue.shift();
    if (!task) {
      if ([...this.#workers.values()].every((busy) => !busy)) this.#scheduleStop();
      return;
    }
    this.#workers.set(worker, task);
    worker.postMessage(task.job);
  }

  #scheduleStop(): void {
    clearTimeout(this.#idle);
    this.#idle = setTimeout(() => {
      for (const worker of this.#workers.keys()) void worker.terminate();
      this.#workers.clear();
    }, IDLE_MS);
    this.#idle.unref();
  }
}

/** One pool per worker script: the site has one; tests try others. */
const pools = new Map<string, CompilePool>();

/** Compiles every job, in parallel where it pays; outcomes are in the jobs' order. */
export function compileAll(
  jobs: readonly CompileJob[],
  workerScript: string,
): Promise<CompileOutcome[]> {
  const size = availableParallelism();
  if (size < 2 || jobs.length < WORKER_THRESHOLD) return Promise.resolve(jobs.map(compileHere));
  let pool = pools.get(workerScript);
  if (!pool) pools.set(workerScript, (pool = new CompilePool(workerScript, size)));
  return Promise.all(jobs.map((job) => (pool as CompilePool).run(job)));
}
