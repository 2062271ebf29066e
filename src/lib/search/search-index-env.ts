/**
 * How `npm run build` (src/cli/build.ts) tells `astro build` that it will build the search
 * index itself once Astro has exited, so the Pagefind integration must not.
 *
 * Plain TypeScript with no imports: build.ts runs on Node's type stripping, unbundled.
 */
export const SEARCH_INDEX_ENV = { name: 'SEARCH_INDEX', afterAstro: 'after-astro' } as const;
