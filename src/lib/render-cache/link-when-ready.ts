/**
 * Files `npm run build` publishes without Astro rendering them. A social card is drawn
 * into the card cache (on the card worker) and was then read back and written out again
 * by Astro, about 1.3 ms a card: 13 s of a 90 s build at 10,000 documents, on the thread
 * that renders every page. Instead the route hands each card's file over here, and
 * integration.ts hard-links it into the output folder once every page is written and
 * the file is ready. Astro need not wait for a card still being drawn, either.
 */
import { renderCacheRegistry } from './registry';

/** Puts `file` (once it resolves) at `sitePath` in this build's output folder. */
export function linkWhenReady(sitePath: string, file: Promise<string>): void {
  // Awaited by integration.ts, which fails the build with its error; until then a failure
  // must not count as unhandled.
  file.catch(() => {});
  renderCacheRegistry().linked.set(sitePath, file);
}

/** Every file handed over, ready, as `[file, sitePath]`; rejects with the first failure. */
export async function readyFiles(
  linked: ReadonlyMap<string, Promise<string>>,
): Promise<[file: string, sitePath: string][]> {
  const paths = [...linked.keys()].sort();
  const files = await Promise.all(paths.map((path) => linked.get(path)!));
  return paths.map((path, index) => [files[index]!, path]);
}
