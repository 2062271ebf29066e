// Vitest configuration. It lives in tests/ (the repository's top level is fixed), so `root`
// points back at the repository root: every path below is relative to it.
//
//   npm test                      all projects (builds the site once first)
//   npm run test:bench            the small side-by-side build benchmark only
//   npm run test:unit             unit only, no build
//   SKIP_BUILD=1 npm test         reuse an existing dist/ (or DIST_DIR=/some/dist)
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const globalBuild = 'tests/support/global-build.ts';

export default defineConfig({
  root,
  test: {
    root,
    // `npm test` prints the usual summary and also writes a JSON report for .ci/run.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    // Vitest's default (cores - 1) is a single worker on the 2-core CI machine; unit and site
    // files are light enough to run two at a time there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          root,
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: [globalBuild],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          root,
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: [globalBuild],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page's scripts can take seconds on a loaded 2-core machine (a search by filters
          // alone loads the date sorting first), past expect.poll's default second.
          expect: { poll: { timeout: 10_000 } },
          // One Chromium at a time: the machine has 2 cores.
          fileParallelism: false,
          maxWorkers: 1,
          // Run after the unit and site projects rather than beside them.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          root,
          include: ['tests/bench/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          // Alone, last: it times builds, so nothing else may run beside it.
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
