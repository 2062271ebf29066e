// Work handed to a worker thread comes back answered, failed with its own reason, or, when
// the worker cannot run at all, handed back so the build does it itself (never lost).
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { replyWorker } from '../../../src/lib/files/reply-worker';
import { REPO_ROOT } from '../../support/paths';
import { removeWorkerScripts, workerScript } from '../../support/worker-scripts';

afterAll(removeWorkerScripts);

/**
 * A worker script that answers `{ id, word }`: done, unless the word is "fail"; at the word
 * "stop" it ends its thread without answering.
 */
const answeringScript = () =>
  workerScript(
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, word }) => {
  if (word === 'stop') process.exit(0);
  parentPort.postMessage(word === 'fail' ? { id, failure: 'the word was fail' } : { id });
});
`,
  );

const options = { task: 'Saying a word', fallback: '[test] Saying words here' };

describe('a worker that answers each request', () => {
  test('resolves every request it has done, in any number', async () => {
    const worker = replyWorker<{ word: string }>(await answeringScript(), options);
    const words = ['one', 'two', 'three', 'four'];
    await expect(Promise.all(words.map((word) => worker.send({ word })))).resolves.toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(worker.failed).toBe(false);
  });

  test('rejects a failed request with its task and reason, and goes on with the rest', async () => {
    const worker = replyWorker<{ word: string }>(await answeringScript(), options);
    const failed = worker.send({ word: 'fail' });
    const next = worker.send({ word: 'fine' });
    await expect(failed).rejects.toThrow('Saying a word: the word was fail');
    await expect(next).resolves.toBe(true);
  });

  test('hands back what it had not answered when the worker stops without an error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const worker = replyWorker<{ word: string }>(await answeringScript(), options);
      await expect(worker.send({ word: 'one' })).resolves.toBe(true);
      await expect(
        Promise.all([worker.send({ word: 'stop' }), worker.send({ word: 'two' })]),
      ).resolves.toEqual([false, false]);
      expect(worker.failed).toBe(true);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/stopped \(exit code 0\) before answering/);
    } finally {
      warn.mockRestore();
    }
  });

  test('hands every request back, with one warning, when the worker cannot run', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const missing = join(tmpdir(), 'reply-worker-no-such-folder', 'worker.mjs');
      const worker = replyWorker<{ word: string }>(missing, options);
      await expect(
        Promise.all([worker.send({ word: 'one' }), worker.send({ word: 'two' })]),
      ).resolves.toEqual([false, false]);
      expect(worker.failed).toBe(true);
      await expect(worker.send({ word: 'later' })).resolves.toBe(false);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/^\[test\] Saying words here: /);
    } finally {
      warn.mockRestore();
    }
  });
});

/** The nice value of the calling thread: Linux keeps one per thread (field 19 of its stat). */
const NICE_OF_THIS_THREAD = (stat: string) => Number(stat.split(') ')[1]!.split(' ')[16]);

describe('a worker that yields to the main thread', () => {
  test('runs at a lower priority than the thread that started it, which keeps its own', async () => {
    const script = await workerScript(
      `import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { yieldToMainThread } from ${JSON.stringify(join(REPO_ROOT, 'src/lib/files/reply-worker.ts'))};
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
