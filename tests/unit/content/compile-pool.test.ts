import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { compileAll } from '../../../src/lib/content/compile-pool';
import { compileMdx } from '../../../src/lib/markdown/compile-mdx';
import { REPO_ROOT } from '../../support/paths';
import { removeWorkerScripts, workerScript } from '../../support/worker-scripts';

const WORKER = join(REPO_ROOT, 'src/lib/content/compile-worker.ts');

const body = (index: number) =>
  `## Part ${index}\n\nParagraph ${index} with a [link](https://example.org/${index}).\n\n| a | b |\n| - | - |\n| ${index} | x |\n`;

// Worker threads start slowly on a loaded machine: the default 5 s is not about behaviour.
describe('compileAll', { timeout: 30_000 }, () => {
  test('compiles a large batch on worker threads exactly as the compiler does here, in order', async () => {
    const jobs = Array.from({ length: 150 }, (_, index) => ({
      body: body(index),
      file: `doc-${index}.mdx`,
      firstLine: 5,
    }));
    // The pool says so when it falls back to this thread: it must not have had to.
    const warn = vi.spyOn(console, 'warn');
    const outcomes = await compileAll(jobs, WORKER);
    expect(warn).not.toHaveBeenCalled();
    expect(outcomes).toHaveLength(150);
    outcomes.forEach((outcome, index) => {
      expect(outcome).toEqual({
        compiled: compileMdx(body(index), { file: `doc-${index}.mdx`, firstLine: 5 }),
      });
    });
  });

  test('reports a broken body as problems with its file and line, not as a crash', async () => {
    const jobs = Array.from({ length: 100 }, (_, index) => ({
      body: index === 42 ? 'Fine.\n\n<script>alert(1)</script>\n' : body(index),
      file: `doc-${index}.mdx`,
      firstLine: 10,
    }));
    const outcomes = await compileAll(jobs, WORKER);
    const broken = outcomes[42];
    expect(broken && 'problems' in broken ? broken.problems[0] : undefined).toMatchObject({
      file: 'doc-42.mdx',
      line: 12,
    });
    expect(outcomes.filter((outcome) => 'problems' in outcome)).toHaveLength(1);
  });
});

describe('compileAll when its workers fail', { timeout: 30_000 }, () => {
  afterAll(removeWorkerScripts);
  const jobs = Array.from({ length: 80 }, (_, index) => ({
    body: body(index),
    file: `doc-${index}.mdx`,
    firstLine: 1,
  }));
  const compiledHere = () => jobs.map((job) => ({ compiled: compileMdx(job.body, job) }));

  test('a worker that cannot start: every document compiles here, with one warning', async () => {
    const script = await workerScript(`throw new Error('no pipeline here');\n`);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(compileAll(jobs, script)).resolves.toEqual(compiledHere());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/could not start \(no pipeline here\)/);
    warn.mockRestore();
  });

  test('a worker that stops without an error mid-batch: nothing is lost or left waiting', async () => {
    // Ready, then it ends the first time it is asked for anything, like a script calling process.exit.
    const script = await workerScript(
      `import { parentPort } from 'node:worker_threads';\n` +
        `parentPort.on('message', () => process.exit(3));\n` +
        `parentPort.postMessage({ ready: true });\n`,
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(compileAll(jobs, script)).resolves.toEqual(compiledHere());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /a worker ended \(it stopped \(exit code 3\)\)/,
    );
    warn.mockRestore();
  });
});
