import { basename } from 'node:path';

/**
 * How `npm run build` (src/cli/build.ts) names what it writes beside the output folder:
 * `<prefix><pid><suffix>`, so a later build can tell whose it is. Shared with the bench,
 * which waits for replaced builds to be removed before it measures the next one.
 */

/** `.build-<output folder's name>-`, before the building process's id. */
export function buildFolderPrefix(outDir: string): string {
  return `.build-${basename(outDir)}-`;
}

/** After the id: the replaced build, put aside by the swap and removed in the background. */
export const PUT_ASIDE_SUFFIX = '-previous';
