/**
 * `tsx src/cli/search-index.ts <site folder>`: writes the Pagefind search index of a
 * built site into `<site folder>/pagefind/`. Run by `npm run build` once `astro build`
 * has exited (see src/integrations/pagefind.ts for why).
 */
import { buildSearchIndex } from '../lib/search/build-search-index';

const [site] = process.argv.slice(2);
if (!site) {
  console.error('Write the built site folder to index, e.g. tsx src/cli/search-index.ts dist');
  process.exit(2);
}
try {
  const started = performance.now();
  const pages = await buildSearchIndex(site);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[search] Indexed ${pages} document pages in ${seconds} s.`);
} catch (error) {
  console.error(`[search] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
