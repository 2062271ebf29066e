/**
 * Links the pages a route leaves out (skip-unchanged.ts) into the new build while Astro
 * renders the rest, on a worker thread (link-worker.ts). Made once every page was written
 * (integration.ts), the 68,000 links of a rebuild at 10,000 documents took 5–7 s in which
 * nothing else ran; Astro renders on one thread, so beside it the other core is free.
 * integration.ts waits for every batch before anything reads the new build, and links
 * itself whatever was not linked here (the pages answered with a placeholder, and all of
 * them if the worker could not start).
 */
import { isAbsolute } from 'node:path';
import { replyWorker } from '../files/reply-worker';
import { workerScriptPath } from '../files/worker-script-path';
import type { LinkBatch } from './link-worker';
import { outputFile } from './output-file';
import { renderCacheRegistry } from './registry';

const linker = replyWorker<Omit<LinkBatch, 'id'>>(
  workerScriptPath(process.cwd(), 'render-cache/link-worker.ts'),
  {
    task: 'Linking reused pages',
    fallback: '[render-cache] Linking reused pages after rendering',
  },
);

/**
 * Starts linking `paths` (reused pages, by path without the base path) from `previousDir`
 * into this build's output folder. Only where that folder is known for certain: `npm run
 * build` names it with an absolute OUT_DIR.
 */
export function linkAhead(paths: readonly string[], previousDir: string): void {
  const outDir = process.env.OUT_DIR;
  if (linker.failed || paths.length === 0 || !outDir || !isAbsolute(outDir)) return;
  const registry = renderCacheRegistry();
  // Each page once, and known to integration.ts as linked by its own batch.
  const fresh = paths.filter((path) => !registry.linkingAhead.has(path));
  if (fresh.length === 0) return;
  const pairs = fresh.map((path): [string, string] => [
    outputFile(previousDir, path),
    outputFile(outDir, path),
  ]);
  // Nothing of a batch the worker could not run is linked: integration.ts links it all.
  const done = linker.send({ pairs }).then((linked) => (linked ? fresh : []));
  // Awaited by integration.ts, which fails the build with its error.
  done.catch(() => {});
  for (const path of fresh) registry.linkingAhead.set(path, done);
}

/** The paths linked ahead once every batch is done; rejects if one failed. */
export async function linkedAhead(
  linking: ReadonlyMap<string, Promise<string[]>>,
): Promise<Set<string>> {
  const batches = await Promise.all(new Set(linking.values()));
  return new Set(batches.flat());
}
