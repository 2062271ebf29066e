/**
 * Runs src/cli/build.ts as `npm run build` does, with extra environment (OUT_DIR,
 * CONTENT_DIR, CACHE_DIR…), and hashes what it wrote, for tests of the build itself.
 *
 * Put output folders inside the project (git-ignored `.build-*`): Astro keeps its
 * intermediate files inside the output folder only when that is under the working
 * directory; elsewhere they go to a shared .astro/ folder, where builds running at the
 * same time would trip over each other.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtFiles } from './built-site';
import { REPO_ROOT } from './paths';

export function runBuild(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['src/cli/build.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: string[] = [];
    child.stdout.on('data', (data: Buffer) => chunks.push(data.toString()));
    child.stderr.on('data', (data: Buffer) => chunks.push(data.toString()));
    child.on('close', (code) => resolve({ code, output: chunks.join('') }));
  });
}

/** Every file in a folder with the SHA-256 of its bytes. */
export async function fileHashes(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const file of await builtFiles(dir)) {
    result[file] = createHash('sha256')
      .update(await readFile(join(dir, file)))
      .digest('hex');
  }
  return result;
}
