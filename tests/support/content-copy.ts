/**
 * A throwaway copy of the real content in a temporary folder, for tests that add or
 * break files. `relativeDir` is how an author would write CONTENT_DIR, and how messages
 * name the files.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './paths';

export interface ContentCopy {
  /** Absolute path of the copied content folder. */
  dir: string;
  /** The same folder relative to the project root, for CONTENT_DIR. */
  relativeDir: string;
  /**
   * The folder holding the copy as its `content/`: a project root of its own, for code
   * that takes one (checkContent), whose messages then name `content/…` as an author sees it.
   */
  projectRoot: string;
  remove: () => Promise<void>;
}

export async function copyContent(): Promise<ContentCopy> {
  const parent = await mkdtemp(join(tmpdir(), 'content-'));
  const dir = join(parent, 'content');
  await cp(join(REPO_ROOT, 'content'), dir, { recursive: true });
  return {
    dir,
    relativeDir: relative(REPO_ROOT, dir),
    projectRoot: parent,
    remove: () => rm(parent, { recursive: true, force: true }),
  };
}
