/**
 * `tsx src/cli/search-index.ts <site folder> [previous build folder]`: writes the Pagefind
 * search index of a built site (src/lib/search/build-search-index.ts). Run by
 * `npm run build` once `astro build` has exited (see src/integrations/pagefind.ts for
 * why); given the previous build, shards whose pages did not change are reused from it.
 */
import { buildSearchIndex } from '../lib/search/build-search-index';
import { describeSearchIndex } from '../lib/search/describe-search-index';

const [site, previous] = process.argv.slice(2);
if (!site) {
  console.error('Write the built site folder to index, e.g. tsx src/cli/search-index.ts dist');
  process.exit(2);
}
try {
  const started = performance.now();
  const result = await buildSearchIndex(site, { previous });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[search] ${describeSearchIndex(result)} ${seconds} s.`);
} catch (error) {
  console.error(`[search] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
