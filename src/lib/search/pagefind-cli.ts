/**
 * Pagefind's indexer run as its command-line program on a folder of HTML pages.
 *
 * Not through its Node API, which starts the same program in a service mode and drives it
 * over stdio: on a national shard (5,000 document pages, 2 cores) the API took about 30 s
 * where the command took about 19 s, and both wrote the same files, byte for byte
 * (README "Performance"). The command also takes its settings as arguments and its
 * environment of its own, so nothing here changes this process's environment.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagefindLanguages } from './pagefind-file.ts';

export interface PagefindRun {
  /** The folder of HTML pages to index. */
  site: string;
  /** Where Pagefind writes the index. */
  outputPath: string;
  /** Elements never indexed, as CSS selectors. */
  excludeSelectors: readonly string[];
  /** Pagefind's index chunk size, when not its own default. */
  chunkSize?: number | undefined;
}

/** The variable Pagefind reads its index chunk size from ("unstable" in name only so far). */
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

interface PagefindManifest {
  file: string;
  version: string;
  bin?: string | Record<string, string>;
}

let manifest: PagefindManifest | undefined;

/**
 * The installed pagefind package's package.json, found the way Node finds packages: in the
 * nearest node_modules folder above this file (wherever the build was started from). The
 * package's exports do not include it, so it cannot be resolved as a module. Read once per
 * process: every shard's digest and every Pagefind run ask for it.
 */
export function pagefindManifest(): PagefindManifest {
  manifest ??= findPagefindManifest();
  return manifest;
}

function findPagefindManifest(): PagefindManifest {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = path.join(folder, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(file)) {
      return {
        file,
        ...(JSON.parse(readFileSync(file, 'utf8')) as Omit<PagefindManifest, 'file'>),
      };
    }
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('Pagefind is not installed: run `npm ci`.');
    folder = parent;
  }
}

/** The pagefind package's own command (its package.json `bin`). */
function pagefindCommand(): string {
  const { file, bin } = pagefindManifest();
  const command = typeof bin === 'string' ? bin : bin?.pagefind;
  if (!command) throw new Error(`${file} names no pagefind command: run \`npm ci\` again.`);
  return path.join(path.dirname(file), command);
}

/** Indexes `site` into `outputPath`; returns the number of pages indexed. */
export async function runPagefind(run: PagefindRun): Promise<number> {
  // Pagefind also takes its settings from PAGEFIND_* variables: none from this process's
  // environment may change the index, except where its wrapper finds the program.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('PAGEFIND_') || name.endsWith('_BINARY_PATH'),
    ),
  );
  if (run.chunkSize !== undefined) env[CHUNK_SIZE_VARIABLE] = String(run.chunkSize);
  const site = path.resolve(run.site);
  const outputPath = path.resolve(run.outputPath);
  const args = [
    pagefindCommand(),
    '--site',
    site,
    '--output-path',
    outputPath,
    // One selector list: the option takes a single value.
    '--exclude-selectors',
    run.excludeSelectors.join(', '),
    '--quiet',
  ];
  // Run from an empty folder of its own: Pagefind reads a pagefind.yml (or .toml, .json)
  // from where it runs, and no such file should change the index.
  const emptyFolder = await mkdtemp(path.join(tmpdir(), 'pagefind-run-'));
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: emptyFolder,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => rm(emptyFolder, { recursive: true, force: true }));
  if (code !== 0)
    throw new Error(
      `Pagefind could not index ${site} (exit ${code}):\n${output.join('').slice(-4000)}`,
    );
  // Pages Pagefind recorded, from the entry file it writes last.
  const languages = await pagefindLanguages(outputPath);
  return languages.reduce((sum, language) => sum + language.page_count, 0);
}
