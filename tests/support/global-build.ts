// Vitest globalSetup for the `site` and `browser` projects: builds the production site once
// per test run, before any of their test files. Set SKIP_BUILD=1 to test an existing build
// (with DIST_DIR pointing elsewhere if you like).
//
// It runs package.json's "build" script the way `npm run build` does (a shell, with
// node_modules/.bin first on PATH), so it follows whatever that script becomes, and its `node`
// is the project's own, the `node` devDependency (Node 24). The folder of the Node running
// Vitest comes next, for a checkout without that Node (it must then be >= 22.18, to strip types).
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { REPO_ROOT, distDir } from './paths';

interface BuildResult {
  ok: boolean;
  code: number | null;
  output: string;
  seconds: number;
  command: string;
}

// One build per process even when several projects run this setup (each loads it afresh).
const shared = globalThis as typeof globalThis & { __siteBuild?: Promise<BuildResult> };

async function buildCommand(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return pkg.scripts?.build ?? 'astro build';
}

async function runBuild(): Promise<BuildResult> {
  const command = await buildCommand();
  const started = Date.now();
  const PATH = [
    join(REPO_ROOT, 'node_modules', '.bin'),
    dirname(process.execPath),
    process.env.PATH,
  ]
    .filter(Boolean)
    .join(delimiter);
  console.log(`[global-build] ${command} (set SKIP_BUILD=1 to skip)`);

  return new Promise<BuildResult>((resolve) => {
    const child = spawn(command, {
      cwd: REPO_ROOT,
      shell: true,
      // Two documents per search shard, so the search tests run against an index split in
      // shards and merged in the browser, as a national corpus is (src/lib/search/
      // search-shards.ts); the real site, under 2,500 documents, has one.
      env: { ...process.env, PATH, FORCE_COLOR: '0', NO_COLOR: '1', SEARCH_SHARD_SIZE: '2' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: string[] = [];
    child.stdout.on('data', (data: Buffer) => chunks.push(data.toString()));
    child.stderr.on('data', (data: Buffer) => chunks.push(data.toString()));
    const finish = (code: number | null, extra = '') =>
      resolve({
        ok: code === 0,
        code,
        output: chunks.join('') + extra,
        seconds: (Date.now() - started) / 1000,
        command,
      });
    child.on('error', (error) => finish(null, `\n${String(error)}`));
    child.on('close', (code) => finish(code));
  });
}

export default async function setup(): Promise<void> {
  if (process.env.SKIP_BUILD === '1' || process.env.SKIP_BUILD === 'true') {
    console.log(`[global-build] SKIP_BUILD set: testing the existing build in ${distDir()}`);
    return;
  }
  const first = !shared.__siteBuild;
  shared.__siteBuild ??= runBuild();
  const result = await shared.__siteBuild;
  if (!result.ok) {
    const lines = result.output.trimEnd().split('\n');
    const shown = lines.slice(-300).join('\n');
    throw new Error(
      `The site build failed (\`${result.command}\` exited with ${result.code} ` +
        `after ${result.seconds.toFixed(1)}s). Its output` +
        `${lines.length > 300 ? ` (last 300 of ${lines.length} lines)` : ''}:\n\n${shown}\n`,
    );
  }
  if (first) console.log(`[global-build] built in ${result.seconds.toFixed(1)}s`);
}
