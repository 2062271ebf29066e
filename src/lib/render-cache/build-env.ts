/**
 * How `npm run build` (src/cli/build.ts) tells `astro build` to reuse unchanged pages
 * (src/middleware.ts, page-keys.ts). Without these variables (plain `astro build`,
 * `astro dev`, fixture builds in tests) every page renders as usual.
 *
 * build.ts loads this file with Node's type stripping, unbundled, so an import added here
 * must name its `.ts` file (tests/unit/files/node-run-imports.test.ts).
 */

/** Names of the environment variables build.ts passes to `astro build`. */
export const RENDER_CACHE_ENV = {
  /** Digest of the code and settings (code-digest.ts). Its presence switches reuse on. */
  codeDigest: 'RENDER_CACHE_CODE_DIGEST',
  /** Where this build writes its page keys (written at the end of `astro build`). */
  keysOut: 'RENDER_CACHE_KEYS_OUT',
  /** The previous build's folder, only when its keys file still describes it. */
  previousDir: 'RENDER_CACHE_PREVIOUS_DIR',
  /** The previous build's keys file, with previousDir. */
  previousKeys: 'RENDER_CACHE_PREVIOUS_KEYS',
} as const;

/** What a keys file holds: one key per reusable page, by path without the base path. */
export interface PageKeysFile {
  version: 1;
  /** Identity of the output folder the keys describe, taken after it was put in place. */
  dist?: { ino: number; mtimeMs: number };
  pages: Record<string, string>;
}

export const PAGE_KEYS_VERSION = 1;

export interface RenderCacheSettings {
  codeDigest: string;
  previousDir: string | undefined;
  previousKeys: string | undefined;
}

/** build.ts's settings, or undefined when reuse is off (any build but `npm run build`). */
export function renderCacheSettings(
  env: NodeJS.ProcessEnv = process.env,
): RenderCacheSettings | undefined {
  const codeDigest = env[RENDER_CACHE_ENV.codeDigest];
  if (!codeDigest || !env[RENDER_CACHE_ENV.keysOut]) return undefined;
  return {
    codeDigest,
    previousDir: env[RENDER_CACHE_ENV.previousDir] || undefined,
    previousKeys: env[RENDER_CACHE_ENV.previousKeys] || undefined,
  };
}
