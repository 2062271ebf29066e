/**
 * How `npm run build` (src/cli/build.ts) tells `astro build` that it will build the search
 * index itself once Astro has exited, so the Pagefind integration must not.
 *
 * build.ts loads this file with Node's type stripping, unbundled, so an import added here
 * must name its `.ts` file (tests/unit/files/node-run-imports.test.ts).
 */
export const SEARCH_INDEX_ENV = { name: 'SEARCH_INDEX', afterAstro: 'after-astro' } as const;
