/** The bench's results as a Markdown table, ready for the README. */
import type { BenchResult, SiteResult } from './bench.ts';
import { madeInBuild } from '../../lib/render-cache/reuse-line.ts';

const seconds = (value: number) => `${value.toFixed(1)} s`;
const megabytes = (bytes: number) =>
  bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(0)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;
// Three decimals: 0.1517 rounded to two would read as a target of 0.15x met.
const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(3)}x` : '–');

export function formatReport(result: BenchResult): string {
  const { real, baseline, rebuild, publish, warm, corpus, search } = result;
  const row = (
    name: string,
    site: SiteResult | undefined,
    cells: (site: SiteResult) => string[],
  ) => (site ? `| ${name} | ${cells(site).join(' | ')} |` : undefined);
  const cells = (site: SiteResult) => [
    seconds(site.wallSeconds),
    site.steps.pagefind
      ? `astro build ${seconds(site.steps.astro?.wallSeconds ?? 0)}, then Pagefind CLI ${seconds(site.steps.pagefind.wallSeconds)}`
      : '`npm run build`: astro build, then the search index',
    megabytes(site.peakBytes),
    String(site.pages),
    // The baseline has no cache: it renders every page it writes, and nothing else. This
    // site's social cards are made outside Astro (drawn, or linked from their cache).
    site.pageReuse
      ? `${madeInBuild(site.pageReuse)} of ${madeInBuild(site.pageReuse) + site.pageReuse.reused}`
      : `${site.pages} of ${site.pages}`,
    megabytes(site.searchIndexBytes),
  ];
  const lines = [
    `${corpus.documents} documents (${corpus.reports} reports, ${corpus.responses} responses, ${corpus.statements} statements; ${corpus.recommendations} recommendations; ${Math.round(corpus.words / corpus.documents)} words each on average)`,
    '',
    '| build | wall time | steps | peak memory (process tree) | pages written | outputs rendered (pages, feeds, cards, data) | search index |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    row('plain Astro + MDX + Pagefind (baseline)', baseline, cells),
    row('this site, full build', real, cells),
    row('this site, full build with its cache folder kept', warm, cells),
    row('this site, rebuild after editing one document', rebuild, cells),
    ...(publish ?? []).map((site, index) =>
      row(
        `this site, rebuild after publishing ${index === 0 ? 'a new statement' : 'another'}${site.shardsAfter > site.shardsBefore ? ` (search index split into ${site.shardsAfter} shards)` : ''}`,
        site,
        cells,
      ),
    ),
    '',
  ].filter((line) => line !== undefined);
  if (baseline) {
    lines.push(
      `Full build: ${ratio(real.wallSeconds, baseline.wallSeconds)} the baseline's wall time (target at 10,000 documents: <= 0.35x), ${ratio(real.peakBytes, baseline.peakBytes)} its peak memory (target: <= 0.4x).`,
    );
    if (warm)
      lines.push(
        `Full build with the cache folder kept (documents compiled, social cards drawn and search shards indexed by the first build; every page rendered): ${ratio(warm.wallSeconds, baseline.wallSeconds)} the baseline's wall time, ${ratio(warm.peakBytes, baseline.peakBytes)} its peak memory.`,
      );
    if (rebuild)
      lines.push(
        `Rebuild after one edit: ${ratio(rebuild.wallSeconds, baseline.wallSeconds)} the baseline's full build (target at 10,000 documents: <= 0.15x).`,
      );
    for (const [index, site] of (publish ?? []).entries())
      lines.push(
        `Rebuild after publishing ${index === 0 ? 'a new statement' : 'another'}: ${ratio(site.wallSeconds, baseline.wallSeconds)} the baseline's full build${site.shardsAfter > site.shardsBefore ? `, a search shard added (${site.shardsBefore} to ${site.shardsAfter}), so every page indexed again` : ''}.`,
      );
  }
  lines.push(
    `Search payload, from Pagefind's files (${search.shards === 1 ? 'one index' : `an index in ${search.shards} shards`}), for one-word searches (${search.words.join(', ')}) with the search page's first page of results: first search ${kilobytes(search.firstQueryMedianBytes)} median, ${kilobytes(search.firstQueryMaxBytes)} at most (target <= 250 KB); later searches ${kilobytes(search.laterQueryMedianBytes)} median, ${kilobytes(search.laterQueryMaxBytes)} at most (target <= 120 KB). Searching for the commonest word ("the") loads its index chunk of ${kilobytes(search.largestIndexChunkBytes)} instead. Opening the filter panel loads the filters' indexes, ${kilobytes(search.filterPanelBytes)}; sorting by date loads the date order, ${kilobytes(search.dateOrderBytes)}.`,
  );
  return lines.join('\n');
}
