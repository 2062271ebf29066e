/**
 * Builds the real site from a content folder other than content/ (via CONTENT_DIR), into a
 * throwaway output folder, to see what authors see when content is broken.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { REPO_ROOT } from './paths';

export interface FixtureBuild {
  code: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  /** Temp folder holding the build output (`dist/`) and its cache; remove it after. */
  outDir: string;
}

/** Copies the minimal valid fixture into a temp folder and lets `edit` break it. */
export async function fixtureContent(edit: (dir: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'content-'));
  await cp(join(REPO_ROOT, 'tests/fixtures/minimal-content'), dir, { recursive: true });
  await edit(dir);
  return dir;
}

export async function buildFixture(
  contentDir: string,
  env: Record<string, string> = {},
): Promise<FixtureBuild> {
  const outDir = await mkdtemp(join(tmpdir(), 'site-'));
  // Its own content cache, so it never mixes with the real site's.
  const cacheDir = join(outDir, '.cache');
  const PATH = [
    join(REPO_ROOT, 'node_modules/.bin'),
    dirname(process.execPath),
    process.env.PATH,
  ].join(delimiter);
  return new Promise((resolve, reject) => {
    const child = spawn('astro', ['build'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PATH,
        CONTENT_DIR: contentDir,
        OUT_DIR: join(outDir, 'dist'),
        CACHE_DIR: cacheDir,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, outDir }));
  });
}

export async function removeAll(...dirs: string[]): Promise<void> {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}
