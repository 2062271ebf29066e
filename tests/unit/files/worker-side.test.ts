// A worker thread that does the build's side work gives way to the main thread, where Astro
// renders every page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../support/paths';
import { removeWorkerScripts, workerScript } from '../../support/worker-scripts';

afterAll(removeWorkerScripts);

/** The nice value of the calling thread: Linux keeps one per thread (field 19 of its stat). */
const NICE_OF_THIS_THREAD = (stat: string) => Number(stat.split(') ')[1]!.split(' ')[16]);

describe('a worker that yields to the main thread', () => {
  test('runs at a lower priority than the thread that started it, which keeps its own', async () => {
    const script = await workerScript(
      `import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { yieldToMainThread } from ${JSON.stringify(join(REPO_ROOT, 'src/lib/files/worker-side.ts'))};
const nice = ${NICE_OF_THIS_THREAD.toString()};
const before = nice(readFileSync('/proc/thread-self/stat', 'utf8'));
yieldToMainThread();
parentPort.postMessage({ before, after: nice(readFileSync('/proc/thread-self/stat', 'utf8')) });
`,
    );
    const niceHere = () => NICE_OF_THIS_THREAD(readFileSync('/proc/thread-self/stat', 'utf8'));
    const mainBefore = niceHere();
    const worker = new Worker(script);
    const { before, after } = await new Promise<{ before: number; after: number }>((resolve) =>
      worker.once('message', resolve),
    );
    await worker.terminate();
    expect(before).toBe(mainBefore);
    expect(after).toBeGreaterThan(before);
    expect(niceHere()).toBe(mainBefore);
  });
});
