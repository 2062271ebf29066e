/**
 * What the middleware (bundled into Astro's prerender code) hands to the integration
 * (loaded with astro.config.mjs). They are two copies of the code in one process, so
 * they meet on globalThis, under a registered symbol, not in a module variable.
 */
export interface RenderCacheRegistry {
  /** Key of every reusable page of this build, by path without the base path. */
  keys: Map<string, string>;
  /**
   * Pages to link from the previous build: left out of their route's getStaticPaths
   * (skip-unchanged.ts), or written by Astro as an empty placeholder (src/middleware.ts).
   */
  reused: Set<string>;
  /** Those of `reused` Astro wrote an empty placeholder for: removed before the link is made. */
  placeholders: Set<string>;
  rendered: number;
  /**
   * Files made outside Astro, by path without the base path: each promise gives the file
   * to link there once it is ready (link-when-ready.ts).
   */
  linked: Map<string, Promise<string>>;
  /**
   * Those of `reused` being linked while Astro renders (link-ahead.ts): each promise, one
   * per batch, gives the paths its batch linked.
   */
  linkingAhead: Map<string, Promise<string[]>>;
}

const SLOT = Symbol.for('child-protection.render-cache');

export function renderCacheRegistry(): RenderCacheRegistry {
  const global = globalThis as typeof globalThis & { [SLOT]?: RenderCacheRegistry };
  global[SLOT] ??= {
    keys: new Map(),
    reused: new Set(),
    placeholders: new Set(),
    rendered: 0,
    linked: new Map(),
    linkingAhead: new Map(),
  };
  return global[SLOT];
}
