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
      // The fastest of two baseline builds and of two rebuilds: the rebuild sits near 0.9x
      // of the baseline, so one load spike on a shared machine could otherwise fail it.
      repeats: 2,
    });
    console.log(formatReport(result));
    expect(result.baseline?.pages).toBe(DOCUMENTS);
    // Every document has its page, plus lists, organisations and people.
    expect(result.real.pages).toBeGreaterThan(DOCUMENTS);
    expect(result.real.searchIndexBytes).toBeGreaterThan(0);
  }, 600_000);

  // Why these two limits were raised (from 1x and 1.3x, set when the site wrote about one
  // page per document): the site now writes 4.8 pages per document (1,453 at 300: each
  // recommendation's page, briefing and feed, organisation and people pages and feeds)
  // and draws a 1200x630 PNG social card per document (cold in a full build, cached
  // after); the baseline writes 300 pages and draws nothing. Pagefind also runs inside
  // `astro build` now (its integration), so its process counts beside Astro's, where the
  // baseline runs Pagefind's CLI after Astro has exited. Measured on 2 cores after the
  // speed-ups of the same change: 1.3-1.5x the time (2.1x before them), 1.3-1.35x the
  // memory. The limits still fail a gross regression such as the 2.1x; the 10,000-document
  // targets are checked by running the bench itself (README "Performance").
  // Raised again, from 1.75x: CI's fresh clone starts with no social cards drawn and
  // measured up to 1.64x, too close to 1.75x for a gate that must not fail on noise.
  // 2x still fails the 2.1x slowdown these limits were first set against.
  test('a full build takes at most 2x the baseline’s (about 1.1–1.64x at this size)', () => {
    expect(result.real.wallSeconds / result.baseline!.wallSeconds).toBeLessThan(2);
  });

  test('a full build needs at most 1.5x the baseline’s peak memory (about 1.3x at this size)', () => {
    expect(result.real.peakBytes / result.baseline!.peakBytes).toBeLessThan(1.5);
  });

  // Raised from 0.9x, then from 1x: a rebuild renders every page again and re-indexes
  // search, and the site writes 4.8 pages per document. Measured on these 2-core machines:
  // 0.88-0.93x in a working checkout, but 1.01x and 1.07x (the latter as the fastest of
  // two rebuilds) in CI's fresh clone, where the run starts with every cache empty. 1.25x
  // keeps a margin over that, so the gate fails only a gross regression (a rebuild costing
  // a quarter more than the baseline's whole build); the 10,000-document target (0.15x) is
  // a bench result, checked by running the bench, not by this test.
  test('a rebuild after one edit takes at most 1.25x the baseline’s full build (about 0.9–1.07x at this size)', () => {
    expect(result.rebuild!.wallSeconds / result.baseline!.wallSeconds).toBeLessThan(1.25);
  });

  test('a search stays within its payload budget', () => {
    expect(result.search.firstQueryMaxBytes).toBeLessThanOrEqual(250_000);
    expect(result.search.laterQueryMaxBytes).toBeLessThanOrEqual(120_000);
  });
});
