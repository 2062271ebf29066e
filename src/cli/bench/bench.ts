/**
 * One bench run: a synthetic corpus of N documents, the real site built from it, the
 * plain-Astro baseline built from the same files, in the same run on the same machine,
 * so only the ratios between them mean anything.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeCorpus, type CorpusSummary } from './corpus.ts';
import { buildFolderPrefix, PUT_ASIDE_SUFFIX } from '../../lib/files/build-folder-names.ts';
import { writeBaselineSite } from './baseline-site.ts';
import { combine, measure, type Measurement, type Run } from './measure.ts';
import { readReuse, type ReuseCounts } from '../../lib/render-cache/reuse-line.ts';
import {
  outputStats,
  searchPayload,
  searchShards,
  type OutputStats,
  type SearchPayload,
} from './output-stats.ts';

export interface BenchOptions {
  documents: number;
  /**
   * Also measure the real site's rebuild after one document is edited, then after a new
   * statement is published, then another.
   */
  rebuild: boolean;
  /**
   * Also measure a full build with the cache folder kept from the first: every page
   * rendered, but the compiled documents, social cards and search shards read from the
   * cache, as on a host that keeps the cache folder between builds.
   */
  warm?: boolean;
  /** Skip the baseline (for profiling the real site alone). */
  baseline: boolean;
  projectRoot: string;
  /** Keep the temp folder for inspection. */
  keep?: boolean;
  /**
   * Build each site from nothing, and rebuild the real site after the edit, this many
   * times and keep the fastest run of each (default 1). On a shared machine one load
   * spike can swing a single run by 10–15%; the fastest of a few is the usual way to
   * compare builds fairly.
   */
  repeats?: number;
  log?: (line: string) => void;
}

export interface SiteResult extends Measurement, OutputStats {
  steps: Record<string, Measurement>;
  /** The real site's pages rendered by this build and reused from the previous one. */
  pageReuse?: ReuseCounts;
}

export interface PublishResult extends SiteResult {
  /** Search shards before and after this statement was published. */
  shardsBefore: number;
  shardsAfter: number;
}

export interface BenchResult {
  corpus: CorpusSummary;
  real: SiteResult;
  baseline?: SiteResult;
  rebuild?: SiteResult;
  /**
   * The rebuilds after publishing a new statement, then another (with `rebuild`). Two,
   * because the first of a corpus of exactly 10,000 documents is the 10,001st, which adds
   * a search shard (search-shards.ts) and so indexes every page again: the second shows
   * publishing with the shards in place.
   */
  publish?: PublishResult[];
  warm?: SiteResult;
  search: SearchPayload;
  folder: string;
}

/**
 * The environment both sites build in: this one, as a production build. (Under Vitest,
 * NODE_ENV is "test" and BASE_URL is set, which neither build should see.)
 */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ...extra };
  delete env.BASE_URL;
  return env;
}

/** Runs `npx <bin> …` so npm puts node_modules/.bin (and with it Node 24) first on PATH. */
const npx = (args: string[], cwd: string, env: NodeJS.ProcessEnv) =>
  measure('npx', ['--no-install', ...args], { cwd, env });

/** A step's time and memory, without the output it printed. */
const measurementOf = ({ wallSeconds, peakBytes }: Run): Measurement => ({
  wallSeconds,
  peakBytes,
});

/** How long the removal of a replaced build may take before the bench gives up on it. */
const REMOVAL_WAIT_MS = 10 * 60_000;

/**
 * Waits until the builds replaced earlier are removed (build-folder-names.ts). build.ts
 * removes the replaced output in a process of its own once the new one is published (remove-in-background.ts):
 * about 10 s of disk work at 10,000 documents, which would otherwise run beside the next
 * measured build and slow it. Each build is measured alone, as a statement published
 * minutes after the last one would be built.
 */
async function replacedBuildsRemoved(outDir: string): Promise<void> {
  const prefix = buildFolderPrefix(outDir);
  const isReplaced = (name: string) => name.startsWith(prefix) && name.endsWith(PUT_ASIDE_SUFFIX);
  const deadline = Date.now() + REMOVAL_WAIT_MS;
  while ((await readdir(dirname(outDir))).some(isReplaced)) {
    if (Date.now() > deadline)
      throw new Error(`A replaced build beside ${outDir} was still not removed after 10 minutes.`);
    await sleep(250);
  }
}

async function buildReal(
  projectRoot: string,
  corpus: string,
  outDir: string,
  cacheDir: string,
): Promise<SiteResult> {
  await replacedBuildsRemoved(outDir);
  const env = buildEnv({ CONTENT_DIR: corpus, OUT_DIR: outDir, CACHE_DIR: cacheDir });
  // The site's own build command (`npm run build`): `astro build`, then the search index
  // once Astro has exited, then the swap into place. Run with the Node that runs the bench.
  const build = await measure(process.execPath, [join(projectRoot, 'src', 'cli', 'build.ts')], {
    cwd: projectRoot,
    env,
  });
  const pageReuse = readReuse(build.output);
  if (!pageReuse)
    throw new Error(
      `The build's log has no line saying how many pages it reused and rendered (src/lib/render-cache/reuse-line.ts):\n${build.output.slice(-4000)}`,
    );
  return {
    ...measurementOf(build),
    ...(await outputStats(outDir)),
    steps: { build: measurementOf(build) },
    pageReuse,
  };
}

async function buildBaseline(folder: string, outDir: string): Promise<SiteResult> {
  const env = buildEnv({ OUT_DIR: outDir });
  const astro = await npx(['astro', 'build'], folder, env);
  const pagefind = await npx(['pagefind', '--site', outDir], folder, env);
  return {
    ...combine([astro, pagefind]),
    ...(await outputStats(outDir)),
    steps: { astro: measurementOf(astro), pagefind: measurementOf(pagefind) },
  };
}

/** Runs `build` `times` times, one after another, and keeps the run with the least wall time. */
async function fastestOf(times: number, build: () => Promise<SiteResult>): Promise<SiteResult> {
  let fastest = await build();
  for (let run = 1; run < times; run += 1) {
    const next = await build();
    if (next.wallSeconds < fastest.wallSeconds) fastest = next;
  }
  return fastest;
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => {});
  const repeats = Math.max(1, options.repeats ?? 1);
  const folder = await mkdtemp(join(tmpdir(), 'bench-'));
  try {
    const corpus = join(folder, 'corpus');
    log(`Writing ${options.documents} documents to ${corpus}`);
    const summary = await writeCorpus(corpus, options.documents);

    log('Building the real site');
    const realOut = join(folder, 'real-dist');
    const cacheDir = join(folder, 'real-cache');
    // From nothing each time: no output to reuse, no cache folder.
    const real = await fastestOf(repeats, async () => {
      await rm(realOut, { recursive: true, force: true });
      await rm(cacheDir, { recursive: true, force: true });
      return buildReal(options.projectRoot, corpus, realOut, cacheDir);
    });
    const search = await searchPayload(realOut);

    let baseline: SiteResult | undefined;
    if (options.baseline) {
      log('Building the plain Astro baseline');
      const baselineFolder = join(folder, 'baseline');
      await writeBaselineSite(baselineFolder, corpus, options.projectRoot);
      baseline = await fastestOf(repeats, () =>
        buildBaseline(baselineFolder, join(baselineFolder, 'dist')),
      );
    }

    let warm: SiteResult | undefined;
    if (options.warm) {
      log('Building the real site again from scratch, its cache folder kept');
      // Without the output folder the build has no previous pages to reuse: all are rendered.
      await rm(realOut, { recursive: true, force: true });
      warm = await fastestOf(repeats, () =>
        buildReal(options.projectRoot, corpus, realOut, cacheDir),
      );
    }

    let rebuild: SiteResult | undefined;
    if (options.rebuild) {
      log(`Editing ${summary.sampleDocument} and rebuilding the real site`);
      const edited = join(corpus, summary.sampleDocument);
      rebuild = await fastestOf(repeats, async () => {
        await writeFile(
          edited,
          `${await readFile(edited, 'utf8')}\nThis paragraph was added to measure a rebuild.\n`,
        );
        return buildReal(options.projectRoot, corpus, realOut, cacheDir);
      });
    }

    let publish: PublishResult[] | undefined;
    if (options.rebuild) {
      publish = [];
      // Each measured once: a second run would find the statement already published.
      for (const statement of summary.newStatements) {
        log(`Publishing ${statement.path} and rebuilding the real site`);
        const shardsBefore = await searchShards(realOut);
        await writeFile(join(corpus, statement.path), statement.text);
        const result = await buildReal(options.projectRoot, corpus, realOut, cacheDir);
        publish.push({ ...result, shardsBefore, shardsAfter: await searchShards(realOut) });
      }
    }
    return {
      corpus: summary,
      real,
      search,
      folder,
      ...(baseline ? { baseline } : {}),
      ...(rebuild ? { rebuild } : {}),
      ...(publish ? { publish } : {}),
      ...(warm ? { warm } : {}),
    };
  } finally {
    if (!options.keep) await rm(folder, { recursive: true, force: true });
  }
}
