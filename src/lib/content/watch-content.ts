/**
 * Live preview for our own loaders. Astro's glob loader registers its files with the dev
 * server's watcher; ours read files themselves, so without this an edit would only show
 * after restarting `npm run dev`. We watch the collection's folder (or file) and load it
 * again on any change, as Astro's glob loader does.
 */
import { sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';

export function reloadOnChange(
  context: LoaderContext,
  path: string,
  reload: () => Promise<void>,
): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(path);
  const inside = (changed: string) => changed === path || changed.startsWith(path + sep);
  const onEvent = (changed: string) => {
    if (!inside(changed)) return;
    // A mistake made while writing must not stop the preview: show it and keep watching.
    reload().catch((error: unknown) =>
      logger.error(error instanceof Error ? error.message : String(error)),
    );
  };
  watcher.on('change', onEvent);
  watcher.on('add', onEvent);
  watcher.on('unlink', onEvent);
}
