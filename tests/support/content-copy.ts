/**
 * A throwaway copy of the real content in a temporary folder, for tests that add or
 * break files. CONTENT_DIR is read relative to the project root, hence `relativeDir`.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ContentCopy {
  /** Absolute path of the copied content folder. */
  dir: string;
  /** The same folder relative to the project root, for CONTENT_DIR. */
  relativeDir: string;
  remove: () => Promise<void>;
}

export async function copyContent(): Promise<ContentCopy> {
  const parent = await mkdtemp(join(tmpdir(), 'content-'));
  const dir = join(parent, 'content');
  await cp(join(projectRoot, 'content'), dir, { recursive: true });
  return { dir, relativeDir: relative(projectRoot, dir), remove: () => rm(parent, { recursive: true, force: true }) };
}
