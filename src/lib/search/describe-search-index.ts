import type { SearchIndexResult } from './build-search-index.ts';

/** One line for the build log: "Search index: 10000 document pages in 2 shards (1 reused)." */
export function describeSearchIndex({ pages, shards, reused, read }: SearchIndexResult): string {
  const shardText = shards === 1 ? '' : ` in ${shards} shards`;
  const reusedText = reused > 0 ? ` (${reused} unchanged since an earlier build, reused)` : '';
  return `Search index: ${pages} document pages${shardText}${reusedText}; ${read} of the pages read.`;
}
