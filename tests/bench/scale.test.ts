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
    });
    console.log(formatReport(result));
    expect(result.baseline?.pages).toBe(DOCUMENTS);
    // Every document has its page, plus lists, organisations and people.
    expect(result.real.pages).toBeGreaterThan(DOCUMENTS);
    expect(result.real.searchIndexBytes).toBeGreaterThan(0);
  }, 600_000);

  test('a full build takes no longer than the baseline’s (about 0.6x at this size)', () => {
    expect(result.real.wallSeconds / result.baseline!.wallSeconds).toBeLessThan(1);
  });

  test('a full build needs at most 1.3x the baseline’s peak memory (about 1x at this size)', () => {
    expect(result.real.peakBytes / result.baseline!.peakBytes).toBeLessThan(1.3);
  });

  test('a rebuild after one edit takes less than the baseline’s full build', () => {
    expect(result.rebuild!.wallSeconds / result.baseline!.wallSeconds).toBeLessThan(0.9);
  });

  test('a search stays within its payload budget', () => {
    expect(result.search.firstQueryMaxBytes).toBeLessThanOrEqual(250_000);
    expect(result.search.laterQueryMaxBytes).toBeLessThanOrEqual(120_000);
  });
});
