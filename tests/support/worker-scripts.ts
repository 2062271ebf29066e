/**
 * Worker scripts written by a test, each in a temporary folder of its own: for tests of the
 * code that starts worker threads, which needs a script that misbehaves on purpose.
 * `removeWorkerScripts` (in the test file's `afterAll`) removes every folder made.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folders: string[] = [];

/** Writes `source` as an ES module script; returns its path. */
export async function workerScript(source: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'worker-script-'));
  folders.push(folder);
  const script = join(folder, 'worker.mjs');
  await writeFile(script, source);
  return script;
}

export async function removeWorkerScripts(): Promise<void> {
  await Promise.all(
    folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })),
  );
}
