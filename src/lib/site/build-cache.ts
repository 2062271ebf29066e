/**
 * Where builds keep what they can reuse next time (compiled documents, social cards):
 * $CACHE_DIR, or node_modules/.astro. astro.config.mjs gives the same folder to Astro as
 * `cacheDir`, so one variable moves every cache (the bench and fixture builds use their own).
 */
import { resolve } from 'node:path';

export function buildCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(process.cwd(), env.CACHE_DIR ?? './node_modules/.astro');
}
