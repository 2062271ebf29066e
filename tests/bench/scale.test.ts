/**
 * A small run of `npm run bench` that CI can afford: 300 synthetic documents built by the
 * real site and by a plain Astro + MDX + Pagefind baseline, in the same run on the same
 * machine. It fails only on a gross regression, measured as a ratio against that
 * baseline, never on an absolute time: at this size fixed costs (starting Astro and
 * Pagefind) dominate, so the margins are wide; the 10,000-document targets are checked by
 * running the bench itself (README "Performance").
 */
import { describe, expect, test } from 'vitest';
import { runBench, type BenchResult } from '../../src/cli/bench/bench.ts';
import { formatReport } from '../../src/cli/bench/report.ts';
import { madeInBuild } from '../../src/lib/render-cache/reuse-line.ts';
import { REPO_ROOT } from '../support/paths';

const DOCUMENTS = 300;

describe(`bench at ${DOCUMENTS} documents`, () => {
  let result: BenchResult;

  test('builds both sites from the same corpus', async () => {
    result = await runBench({
      documents: DOCUMENTS,
      rebuild: true,
      baseline: true,
      projectRoot: REPO_ROOT,
      // The fastest of two full builds of each site and of two rebuilds: on a shared machine
      // one load spike could otherwise fail a limit (a single full build of this site once
      // measured 2.02x of the baseline's; 1.1–1.7x is usual).
      repeats: 2,
    });
    console.log(formatReport(result));
    expect(result.baseline?.pages).toBe(DOCUMENTS);
    // Every document has its page, plus lists, organisations and people.
    expect(result.real.pages).toBeGreaterThan(DOCUMENTS);
    expect(result.real.searchIndexBytes).toBeGreaterThan(0);
  }, 600_000);

  // History of these limits (first set at 1x, 1.3x and 0.9x, when the site wrote about one
  // page per document): the site now writes 4.8 pages per document (1,453 at 300: each
  // recommendation's page, briefing and feed, organisation and people pages and feeds) and
  // draws a 1200x630 PNG social card per document; the baseline writes 300 pages and draws
  // nothing. The bench gives the site a cache folder of its own, so every card is drawn
  // (cold) in the full build, as in CI's fresh clone. Measured on 2 cores: a full build
  // 1.45-1.73x the baseline's (1.3-1.64x when cards could come from an earlier run), and
  // 1.16-1.58x since the card worker's heap was enlarged (card-thread.ts); peak
  // memory 0.88-1.13x since the search index is built after Astro exits (at this size the
  // peak is mostly Astro's fixed cost, and it varies run to run). The full build's limits
  // keep a margin for a shared machine and fail the regression they guard against; the
  // rebuilds' savings are checked by what they render (below), since their times swing with
  // the machine's load by as much as rendering everything again would add. The
  // 10,000-document targets are checked by running the bench itself (README "Performance").
  test('a full build takes at most 2.25x the baseline’s (about 1.1–1.7x at this size)', () => {
    expect(result.real.wallSeconds / result.baseline!.wallSeconds).toBeLessThan(2.25);
  });

  test('a full build needs at most 1.4x the baseline’s peak memory (about 0.9–1.1x at this size)', () => {
    expect(result.real.peakBytes / result.baseline!.peakBytes).toBeLessThan(1.4);
  });

  // What a rebuild saves is checked by what it renders, which does not depend on the
  // machine's load: an edit renders the document's page and the outputs made on every build
  // (the data files and the 404 page: 8 outputs of 2,333 at this size); publishing also
  // renders its neighbours, the recommendations it marks and the lists (about 40). Keyed by
  // the whole site, as before src/lib/render-cache/page-inputs.ts, publishing rendered all
  // of them again.
  test('a rebuild after one edit or a new statement renders at most 5% of the site’s outputs, reusing the rest', () => {
    for (const rebuilt of [result.rebuild!, ...result.publish!]) {
      const { rendered, reused } = rebuilt.pageReuse!;
      const made = madeInBuild(rebuilt.pageReuse!);
      expect(rendered).toBeGreaterThan(0);
      expect(made / (made + reused)).toBeLessThan(0.05);
    }
  });

  // Their time, at this size, is mostly the fixed cost of starting Astro and indexing the
  // one search shard again, and it swings with the shared machine's load: 0.62–0.96x for an
  // edit (the fastest of two) and 0.70–0.98x for a statement (measured once: a statement can
  // be published only once) were seen. What they render is checked above; these limits
  // catch a gross slowdown only, a rebuild slower than the baseline's full build.
  test('a rebuild after one edit takes at most 1.2x the baseline’s full build (about 0.6–0.7x at this size)', () => {
    expect(result.rebuild!.wallSeconds / result.baseline!.wallSeconds).toBeLessThan(1.2);
  });

  test('a rebuild after publishing a new statement, then another, takes at most 1.2x the baseline’s full build (about 0.7–0.8x at this size)', () => {
    expect(result.publish).toHaveLength(2);
    for (const publish of result.publish!)
      expect(publish.wallSeconds / result.baseline!.wallSeconds).toBeLessThan(1.2);
  });

  test('a search stays within its payload budget', () => {
    expect(result.search.firstQueryMaxBytes).toBeLessThanOrEqual(250_000);
    expect(result.search.laterQueryMaxBytes).toBeLessThanOrEqual(120_000);
  });
});
