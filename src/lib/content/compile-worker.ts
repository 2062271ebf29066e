/**
 * A worker thread that compiles MDX bodies for the document loader (see compile-pool.ts).
 *
 * Node runs this file directly (type stripping), outside Vite: see extensionless-imports.ts.
 */
import '../files/extensionless-imports.ts';
import { parentPort } from 'node:worker_threads';
import { failureText } from '../files/worker-side.ts';
import type { CompileJob } from './compile-pool.ts';

const { compileMdx } = await import('../markdown/compile-mdx.ts');
const { ContentError } = await import('../markdown/content-error.ts');

parentPort?.on('message', ({ body, file, firstLine, glossary }: CompileJob) => {
  try {
    parentPort?.postMessage({
      compiled: compileMdx(body, { file, firstLine, glossary: glossary ?? [] }),
    });
  } catch (error) {
    if (error instanceof ContentError) parentPort?.postMessage({ problems: error.problems });
    else parentPort?.postMessage({ failure: failureText(error) });
  }
});
parentPort?.postMessage({ ready: true });
