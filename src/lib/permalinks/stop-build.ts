/**
 * Stops `astro build` over content problems found once the pages are written, printed as
 * a content loader's problems are: the list alone, each with its file and what to do.
 *
 * Thrown from an integration's hook, an error would do the same, but Astro first logs
 * "[ERROR] [permalinks] An unhandled error occurred while running the
 * "astro:build:generated" hook" (astro/dist/integrations/hooks.js logs it for any error a
 * hook throws), which sends an author looking for a bug in the site's code. So the hook
 * prints the problems and ends the process itself, with the code and in the way Astro
 * ends a failed build (astro/dist/cli/throw-and-exit.js: print, then exit with 1).
 * `npm run build` then leaves the published site as it was (src/cli/build.ts).
 */
import type { ContentError } from '../markdown/content-error';

export function stopBuild(error: ContentError): never {
  console.error(error.message);
  process.exit(1);
}
