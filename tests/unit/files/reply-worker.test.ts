// Work handed to a worker thread comes back answered, failed with its own reason, or, when
// the worker cannot run at all, handed back so the build does it itself (never lost).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { replyWorker } from '../../../src/lib/files/reply-worker';
import { removeWorkerScripts, workerScript } from '../../support/worker-scripts';

afterAll(removeWorkerScripts);

/**
 * A worker script that answers `{ id, word }`: done, unless the word is "fail"; at the word
 * "stop" it ends its thread without answering; at "last" it answers, then ends its thread.
 */
const answeringScript = () =>
  workerScript(
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, word }) => {
  if (word === 'stop') process.exit(0);
  if (word === 'last') setTimeout(() => process.exit(0), 20);
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
      expect(warn.mock.calls[0]?.[0]).toMatch(
        /the worker ended \(it stopped \(exit code 0\)\), leaving 2 unanswered/,
      );
    } finally {
      warn.mockRestore();
    }
  });

  test('hands later requests back when the worker ended with nothing left to answer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const worker = replyWorker<{ word: string }>(await answeringScript(), options);
      await expect(worker.send({ word: 'last' })).resolves.toBe(true);
      await vi.waitFor(() => expect(worker.failed).toBe(true), { timeout: 2000 });
      await expect(worker.send({ word: 'after' })).resolves.toBe(false);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/the worker ended \(it stopped \(exit code 0\)\)$/);
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
