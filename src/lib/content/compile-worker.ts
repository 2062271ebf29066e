/**
 * A worker thread that compiles MDX bodies for the document loader (see compile-pool.ts).
 *
 * Node runs this file directly (type stripping), outside Vite, so the extensionless
 * relative imports the rest of src/ uses are resolved here to their `.ts` files.
 */
import { registerHooks } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { GlossaryEntry } from '../glossary/find-terms.ts';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const ours = !context.parentURL?.includes('/node_modules/');
    const extensionless = ours && specifier.startsWith('.') && !/\.[cm]?[jt]s$/.test(specifier);
    return nextResolve(extensionless ? `${specifier}.ts` : specifier, context);
  },
});

const { compileMdx } = await import('../markdown/compile-mdx.ts');
const { ContentError } = await import('../markdown/content-error.ts');

export interface CompileRequest {
  body: string;
  glossary?: readonly GlossaryEntry[];
  file: string;
  firstLine: number;
}

parentPort?.on('message', ({ body, file, firstLine, glossary }: CompileRequest) => {
  try {
    parentPort?.postMessage({ compiled: compileMdx(body, { file, firstLine, glossary: glossary ?? [] }) });
  } catch (error) {
    if (error instanceof ContentError) parentPort?.postMessage({ problems: error.problems });
    else parentPort?.postMessage({ failure: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
parentPort?.postMessage({ ready: true });
